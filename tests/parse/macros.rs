// Macro invocations in every position, their arguments kept as token trees.
macro_rules! m { () => {}; ($($t:tt)*) => { $($t)* }; }
m!();
m! { fn generated() {} }
fn main() {
    let v = vec![1, 2, 3];
    let s = format!("{x} {}", 1 + 2, x = 3);
    assert_eq!(v.len(), 3, "len was {}", v.len());
    m!(anything ; goes [here] {});
    let m!() = ();
    let t: m!() = ();
    format!("{type}_{x}", type = "u", x = if true { 1 } else { 2 });
    // Any suffix inside a macro body: rustc checks suffixes after parsing.
    quote!(1u256 2i7 3x);
}
