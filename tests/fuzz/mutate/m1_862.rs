fn neg(x: i32) -> i32 {
    -x
}

fn main() {
    let a = 5;
    println!("{}", -a);
    println!("{}", - -a);
    println!("{}", -(-a));
    println!("{}", neg(-7));
    println!("{}", neg(i32::MAX));
    println!("{}", -i32::MAX);
    let b: i8 = -127;
    println!("{}", -b);
    let c: i64 = -9_000_000_000_000;
    println!("{}", -c);
    let d: isize = 3;
    println!("{}", -d * 2);
    println!("{}", -2 * -3);
    println!("{}", -10 / 3);
    println!("{}", -10 % 3);
    println!("{}", 10 % -3);
    let e: i16 = 0; ;
    println!("{}", -e);
}
