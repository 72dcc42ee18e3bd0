fn main() {
    println!("{}", 0x1F);
    println!("{}", 0xff_ff);
    println!("{}", 0o777);
    println!("{}", 0o1_0);
    println!("{}", 0b1010_1010);
    println!("{}", 0b0);
    println!("{}", 1_000_000);
    println!("{}", 1_000i64 * 1_000_000);
    println!("{}", 5u8);
    println!("{}", 255_u8);
    println!("{}", 0xFFu8);
    println!("{}", 0x7FFF_FFFF_FFFF_FFFFi64);
    println!("{}", 0xFFFF_FFFF_FFFF_FFFFu64);
    println!("{}", 0b1111_1111_1111_1111u16);
    println!("{}", 0o17usize);
    println!("{}", 42isize);
    println!("{}", 4_294_967_295u32);
    println!("{}", -128i8);
    println!("{}", -0x80i8);
    println!("{}", 1__2___3);
    println!("{}", 0x_1);
    println!("{}", 0o8);
    let a = 10i16;
    let b = 0b11;
    println!("{}", a - b);
}
