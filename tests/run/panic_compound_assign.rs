fn main() {
    let mut x: i16 = 1;
    let mut steps = 0;
    while steps < 100 {
        x += x;
        steps += 1;
        print!("{} ", x);
    }
    println!("never {}", steps);
}
