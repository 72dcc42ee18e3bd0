fn main() {
    let n = 1;
    if n {
        println!("one");
    }
}
