fn main() {
    let x: i32;
    let mut i = 0;
    while i < 1 {
        x = 5;
        i += 1;
    }
    println!("{}", x);
}
