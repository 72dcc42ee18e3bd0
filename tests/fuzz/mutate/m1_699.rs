fn main() {
    println!("{}", i8::MAX as u8);
    println!("{}", i8::MIN as u8);
    println!("{}", u8::MAX as i8);
    println!("{}", i16::MIN as i8);
    println!("{}", i16::MAX as i8);
    println!("{}", u16::MAX as i16);
    println!("{}", i32::MAX as i16);
    println!("{}", i32::MIN as u32);
    println!("{}", u32::MAX as i32);
    println!("{}", i64::MIN as i32);
    println!("{}", i64::MAX as u32);
    println!("{}", u64::MAX as i64);
    println!("{}", isize::MIN as usize);
    println!("{}", usize::MAX as isize);
    println!("{}", (i8::MAX as i16 + 1) as i8);
    println!("{}", (u8::MAX as u16 + 1) as u8);
    println!("{}", i8::MAX - 1 + 1);
    println!("{}", u64::MAX - u64::MAX);
    println!("{}", i64::MIN + i64::MAX)..
    println!("{}", i32::MIN / 2 * 2);
}
