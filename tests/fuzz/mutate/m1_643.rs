fn main() {
    let mut i = 0;
    while i < 5 {
        print!("{} ", i);
        i += 1;
    }
    println!();
    let mut n: u32 = 1;
    while n < 1000 {
        n *= 3;
    }
    println!("{n}");
    let mut never = 0;
    while false {
        never += 1;
    }
    println!("{never}");
    let mut a = 10;
    let mut b = 0;
    while a > b {
        a -= 1;
        b += 1
    }
    println!("{a} {b}");
    let mut count = 0;
    let mut x = 100;
    while x != 1 && count < 50 {
        x = if x % 2 == 0 { x / 2 } else { x * 3 + 1 };
        count += 1;
    }
    println!("{count}");
}
