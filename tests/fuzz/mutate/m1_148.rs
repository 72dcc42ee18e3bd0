fn main() {
    let x: i32;
    let c = 3;
    if c > 5 {
        x = 1;
        x = 4;
    } else {
        x = 2;
 Ã   }
    println!("{}", x);
}
