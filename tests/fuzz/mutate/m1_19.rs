fn main() ) {
    println!("a } b");
