// `char` is a primitive type every program may name: refused as not supported
// yet, not reported as an unknown type (E0412).
fn main() {
    let c = 65u8 as char;
    println!("{}", c as u8);
}
