//= A whole function, as in the report
/// Counts the words of each length.
pub fn histogram<'a, I>(words: I) -> HashMap<usize, u32>
where
    I: IntoIterator<Item = &'a str>,
{
    let mut counts = HashMap::new();
    for w in words {
        if w.is_empty() { continue }
        *counts.entry(w.len()).or_insert(0) += 1;
    }
    counts
}
