fn main() {
    let mut x: i8 = -125;
    loop {
        let y = -x;
        println!("{} {}", x, y);
        x -= 1;
    }
}
