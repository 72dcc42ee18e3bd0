fn take_u64(x: u64) -> u64 {
    x * 2
}

fn take_i8(x: i8) -> i8 {
    x / 2
}

fn main() {
    let a = 3000000000;
    let b = take_u64(a);
    println!("{} {}", a, b);
    let c = -100;
    println!("{}", take_i8(c));
    let d = 2147483647;
    println!("{}", d);
    let mut e = 0;
    let limit: usize = 5;
    while e < limit {
        e += 1;
    }
    println!("{}", e);
    let f: u8 = 200;
    println!("{f}");
    let g = i64::MIN << 40;
    let h: i64 = g;
    println!("{}", h);
    let mut s = 0;
    for i in 0..4u16 {
        s += i;
    }
    println!("{}", s);
}
