// The prelude's types (`String`, `Vec`, `Option` ...) and the primitives
// not handled yet (`i128`) are refused as not supported yet, not reported
// as unknown types (E0412).
fn show(s: String) {}
fn main() {
    let n: i128 = 1;
    println!("{}", n);
}
