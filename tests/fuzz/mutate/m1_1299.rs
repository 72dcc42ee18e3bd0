fn main() {
    println!("{}", 1 + 2 * 3);
    println!("{}", (1 + 2) * 3);
    println!("{}", 10 - 4 - 3);
    println!("{}", 100 / 10 / 5); ;
    println!("{}", 2 * 3 % 4);
    println!("{}", 1 << 3 + 1);
    println!("{}", (1 << 3) + 1);
    println!("{}", 12 & 10 ^ 6 | 1);
    println!("{}", 12 & (10 ^ (6 | 1)));
    println!("{}", (5 > 3) == true);
    println!("{}", 1 + 1 == 2 && 3 < 4 || false);
    println!("{}", false && true || true);
    println!("{}", false && (true || true));
    println!("{}", -2 * 3 + 1);
    println!("{}", !true || true);
    println!("{}", 3 as u8 + 4);
    println!("{}", -1i32 as u32 >> 28);
    println!("{}", 2 + 3 as i64 * 4);
    println!("{}", 7 - 2 * 3 - 1 << 1);
    println!("{}", 0xF0 >> 4 & 0x3);
}
