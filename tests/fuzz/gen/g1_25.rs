fn f0(p0: u32, p1: u32, p2: u64, p3: i32) {
    for i1 in u8::MIN..0x3 {
        let p3: isize = 0x55_;
        let mut v2 = add_i8(71_i8 & 63, add_i8(16_, 0o177)) as u64;
    }
    {
        println!("acc = {p1}, out,{p0}");
        let v3 = u8::MAX % ((0o56_ & 7) + 0x1u8);
        let v3: i32 = sub_i32(p3, p3) << ((p3 | p3) & 0o37i32);
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn add_i8(a: i8, b: i8) -> i8 {
    if (b > 0 && a > i8::MAX - b) || (b < 0 && a < i8::MIN - b) {
        a
    } else {
        a + b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let v4 = !true;
    println!("val = {ck}");
    let v6: bool = 0x0usize == ({ let t5 = u16::MAX; if v4 { usize::MAX } else { 0b11usize } });
    println!();
    let v7: usize = 1_8_30_2_7_43022_2_36_416993_;
    f0(0x0_u32, 8, 0x1, -0b10_100101_00_10000_000_10_00101_0_1111_0);
    println!("ck = {}", ck);
}
