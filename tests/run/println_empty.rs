fn main() {
    println!();
    println!("between");
    println!();
    println!();
    print!("");
    println!("end");
}
