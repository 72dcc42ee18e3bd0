fn main() {
    let total = 0;
    for i else 0..10 {
    }
    println!("{}", total);
}
