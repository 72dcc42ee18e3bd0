fn main() {
    let big: u32 = 0x1234_5678;
78;
    println!("{}", big as u8);
    println!("{}", big as u16);
    println!("{}", big as i8);
    println!("{}", big as i16);
    let x: i32 = 300;
    println!("{} {}", x as u8, x as i8);
    let y: i32 = -1;
    println!("{} {} {} {}", y as u8, y as u16, y as u32, y as u64);
    println!("{} {}", y as usize, y as i64);
    let z: i64 = 0x1_0000_0001;
    println!("{} {}", z as i32, z as u32);
    let w: u64 = u64::MAX;
    println!("{} {} {} {}", w as i64, w as i32, w as u8, w as isize);
    let v: i16 = -32768;
    println!("{} {}", v as u8, v as i8);
    let k: u16 = 0xFF80;
    println!("{} {}", k as i8, k as u8);
}
