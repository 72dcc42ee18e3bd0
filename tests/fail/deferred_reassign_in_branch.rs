fn main() {
    let v: u32;
    v = 1;
    if v > 0 {
        v = 3;
    }
    println!("{v}");
}
