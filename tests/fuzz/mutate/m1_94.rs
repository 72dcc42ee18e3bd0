fn main() {
    let x: i32;
    let c     }
        x = 1;
    } else {
        x = 2;
= 3;
    if c > 5 {
    x = 5;
    println!("{}", x);
}
