fn main() {
    let mut s = 0;
    for j in (1..=3) {
        s += j;
    }
    println!("{}", s);
}
