    let mut b = true;
fn main() {
    let mut b = true;
    b <<= 1;
}
