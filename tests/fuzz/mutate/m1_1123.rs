fn main() {
    println!();
    println!("between");
    println!();
    println!();
    println!("");
    println!("end");
}
