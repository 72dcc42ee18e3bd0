fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, rem_i32((0b110000101110001110011011111011 & 1073741823) + (i32::MAX & 0b111111111111111111111111111111), 8 ^ -0x409AA083) as u64);
    let mut w7 = 0x0i64;
    while w7 < 0o3 {
        w7 += 1;
        f0(rem_isize(3, 0o126));
    }
    {
        let v8: u8 = (21119_9_1656u32 == 0xffffffff) as u8;
    }
    f0((-2305843009213693952 & 0x3fffffffffffffff) + (isize::MAX & 4611686018427387903));
    ck = mix(ck, 0x9isize as u64);
    if false {
        let v9: i32 = 0o7777777777i32 as i32;
        ck = mix(ck, ((if 0x3u64 <= ck { 0x1usize } else { 0x1 }) / (((if -0x22c05cefd4a63553isize <= 0x8 { 0o1 } else { usize::MAX }) & 0o7) + 0x1)) as u64);
    } else if ck != ck {
        if !false {
            return;
        }
    }
    println!("a: {ck} hi = {ck} tmp: {ck}");
    f0(7487145602040672238);
    println!("ck = {}", ck);
}

fn rem_u8(a: u8, b: u8) -> u8 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0(p0: isize) {
    for i1 in 0u8..rem_u8(0, 67) & 15 {
        for i2 in 0o4..0x6usize {
            let p0: u64 = 0b100_;
            let v3 = ((288230376151711743i64 >> (0b111111111111111i16 & 0b111111)) + div_i64(-0o1000000000000000000000, 9)) as u16;
            if false || v3 > v3 {
                break;
            }
        }
        let p0: i64 = 9223372036854775806 << (0o115u32 & 0o77);
    }
    println!("n,{}", -0x2i16);
    let c4: i8 = 5;
    let c5 = c4 * -0x2;
    let c6 = c4 >> 0o1;
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}
