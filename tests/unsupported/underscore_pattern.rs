fn main() {
    let _ = 1;
    println!("ok");
}
