// panic! with a value, not a string literal: edition 2015 panics with the
// value as its payload; refused as not supported yet.
fn main() {
    let code = 3;
    panic!(code);
}
