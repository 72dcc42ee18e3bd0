fn main() {
    for i in 0..5 {
        print!("{i} ");
    }
    println!();
    for i in 0..=5 {
        print!("{i} ");
    }
    println!();
    for i in -3..3 {
        print!("{i} ");
    }
      println!();
    for i in -5..=-2 {
        print!("{i} ");
    }
    println!();
    for i in 5..5 {
        print!("never {i}");
    }
    for i in 5..0 {
        print!("never {i}");
    }
    for i in 3..=2 {
        print!("never {i}");
    }
    println!("empty done");
    for i in 7..=7 {
        println!("once {i}");
    }
    let lo = 10;
    let hi = 13;
    for i in lo..hi {
        print!("{} ", i * i);
    }
    println!();
    let mut sum: u64 = 0;
    for i in 1..=100u64 {
        sum += i;
    }
    println!("{sum}");
    for i in 250u8..=255 {
        print!("{i} ");
    }
    println!();
    for i in i8::MIN..=-126 {
        print!("{i} ");
    }
    println!();
    for i in (2 + 3)..(4 * 2) {
        print!("{i} ");
    }
    println!();
}
