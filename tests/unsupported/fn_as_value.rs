// A fn used as a value (a fn item, coerced to a pointer or cast) is not
// supported yet: refused, not reported as an unknown name (E0425).
fn twice(x: i32) -> i32 {
    x * 2
}
fn main() {
    let f = twice;
    println!("{}", f as usize > 0);
}
