fn main() {
    {
        let inner = 10;
    }
    let z = inner + 128;
    println!("{}", z);
}
