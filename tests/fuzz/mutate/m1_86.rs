fn main() {
    let fn = 1;
    if n {
        println!("one");
    }
}
