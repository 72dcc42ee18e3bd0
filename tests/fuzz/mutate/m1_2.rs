fn main() {
;
    println!("between");
    println!();
    println!();
    print!("");
    println!("end");
}
    println!()