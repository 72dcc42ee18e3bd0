fn main() {
    let a = true;
    if a {
        println!("1");
    } else {
        println!("2");
    } else {
        println!("3");
    }
}
