// panic! with one argument and a trailing comma is still the one-argument
// form: a brace in it means a format string in edition 2021 and the text
// itself before it, so it is refused as not supported yet.
fn main() {
    panic!("literal {}",);
}
