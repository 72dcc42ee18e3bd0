// panic! with one argument: a brace in it means a format string in edition
// 2021 but the text itself in 2015 and 2018, so it is refused as not
// supported yet.
fn main() {
    panic!("literal {braces}");
}
