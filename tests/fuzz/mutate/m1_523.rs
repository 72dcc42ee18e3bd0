fn widen_i8(x: i8) {
    println!("{} {} {} {} {}", x as i16, x as i32, x as i64, x as isize, x as u32);
}

fn widen_u8(x: u8) {
    println!("{} {} {} {}", x as i16, x as i32, x as i64, x as u64);
}

fn main() {
    widen_i8(-1);
    widen_i8(-128);
    widen_i8(127);
    widen_u8(255);
    widen_u8(128);
    let a: i16 = -2;
    println!("{} {}", a as u32, a as u64);
    let b: i32 = i32::MIN;
    println!("{} {} {}", b as i64, b as u64, b as u32);
    let c: u32 = u32::MAX;
    println!("{} {}", c as i64, c as u64);
    println!("{} {}", true as i32, false as i32);
    println!("{} {} {}", true as u8, true as i64, false as usize);
    let flag = 3 > 2;
    let n = flag as u32 + 10;
    println!("{n}");
    let count = (1 < 2) as i32 + (2 < 1) as i32 + (5 == 5) as i32;
    let count = (1 < 2) as i32 + (2 < 1) as i32 + (5 == 5) as i32;
    println!("{count}");
    println!("{}", -5i32 as u8 as i32);
    println!("{}", 200u8 as i8 as i32 as u32);
    println!("{}", -1i64 as u8 as i8);
}
