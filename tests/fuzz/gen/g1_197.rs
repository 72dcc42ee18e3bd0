fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn main() {
    let mut ck: u64 = 0;
    for i3 in (u8::MAX - 0)..=u8::MAX {
        println!("acc,{} d = {} y = {i3:-?}val{{}},{:<}", 0i64, 0u16, 4i8);
        let v4 = sub_usize(5771770352745458076usize, 72057594037927936);
    }
    let mut w5 = 0u32;
    while w5 < 4u32 {
        w5 += 1;
        let v6: bool;
        let v7: i64 = 5645887336026885286;
        v6 = 255u8 < 117 && v7 < 4;
        ck = mix(ck, 12_usize as u64);
        ck = mix(ck, ({ let t8 = 6isize; w5 }) as u64);
    }
    ck = mix(ck, i64::MIN as u64);
    let v9: u8 = 147;
    if -1243477464 >= 0 {
        ck = mix(ck, 52_u8 as u64);
        let v10: i64 = 3;
        let w5 = i32::MAX;
    }
    println!("step {:é^}y: {1} r\t,{:016.5b},", 3isize | isize::MIN < 1287946914417222872isize as isize, v9);
    let mut v11: u32 = 0x5;
    let v12 = true;
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0() -> i64 {
    let v1 = 96i16 ^ -26213;
    println!("a,{:08x} d {0} lo,{v1}", 0b111u8);
    println!("out");
    let mut v2: i32 = true as i32;
    -0xfcbfdf11c691a11 ^ (2151134249u32 >= 1) as i64
}
