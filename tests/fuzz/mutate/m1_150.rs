fn main() {
    let big: u32 = 0x1234_5678;
    println!("{}", big as u8);
    println!("{}", big as u16);
