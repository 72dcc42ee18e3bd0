fn add_u64(a: u64, b: u64) -> u64 {
    if a > u64::MAX - b {
        a
    } else {
        a + b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mul_u64(a: u64, b: u64) -> u64 {
    if b != 0 && a > u64::MAX / b {
        a
    } else {
        a * b
    }
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn main() {
    let mut ck: u64 = 0;
    let mut v3;
    if true {
        let mut v4 = 52_u64;
        v4 <<= (0x4787d0a0cd74faausize >= 10403140337245889711) as u64 & 0o77;
        v3 = 2285415451349535228usize;
    } else {
        println!("r\'");
        v3 = 5;
        ck = mix(ck, !(0o10u16 >= 0o31) as u64);
    }
    v3 = sub_usize(v3, 0x0 | div_usize(v3, v3));
    if 0b1_0i64 < 7802943627088168749 {
        let mut w5 = 0b0i32;
        while w5 < 0b1000i32 {
            w5 += 1;
            v3 &= ck as usize;
            println!("tmp {{ok}} = {}k,{0} it {}", -120i8 > 0x3, if false { 4222248358u32 } else { 1_2 });
            let mut w6 = 0x0i64;
            while w6 < 0x2 {
                w6 += 1;
                let c7 = 0x14;
                let c8: i32 = c7 & 9;
                ck = mix(ck, ({ let t9 = v3; rem_u64(ck, ck) }) as u64);
                ck = mix(ck, sub_u8(sub_u8(if 0b100000000_u16 < 0b1_u16 { 8u8 } else { 6u8 }, sub_u8(0, 5)), 3785777346685005745usize as u8) as u64);
            }
        }
        ck = mix(ck, add_u64(ck, ck) as u64);
        if true && 0x1fffffffffffffffisize < 2919750354895823131isize || 15u16 > 0x99 && true {
            if 1_02i8 >= 6i8 {
                let v10: u16 = 0b0 << (0u16 & 15u16);
                let v11: u64 = ck << (v3 & 63_);
            } else {
                println!("a: {ck}, q = {ck}, b: {ck} sum {0},", -16777216isize == 6);
                let mut v12 = (if 8i8 <= 5 { v3 } else { v3 }) >> (add_u16(u16::MIN, 0_) & 63);
            }
        }
    }
    let v13: bool = 5u32 <= 0_;
    if v13 {
        {
            let v13: i16 = -32768;
        }
        println!("v13 = {v13}");
        let v14: i32 = i32::MAX;
        let v13: bool = 3u32 > 8388607u32;
    } else {
        let v3: i32 = i32::MAX;
        let c15: i64 = 7_;
        let c16 = -3 ^ c15;
        let c17: i64 = c16 & c15;
        let c18 = -c15;
    }
    v3 = (ck >> (0u8 & 63)) as usize;
    let c19 = 9;
    let c20: i32 = c19 % 513902388;
    let c21: u64 = 1;
    let c22 = 0b11_1 / c21;
    let c23 = !c21;
    ck = mix(ck, f0(6506822421955620508, 9, 8_, 104) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn add_u16(a: u16, b: u16) -> u16 {
    if a > u16::MAX - b {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: i64, p1: u8, p2: i64, p3: u8) -> u64 {
    println!("y");
    let p2: i64 = 9223_372_03685477580_6;
    if 531856655u32 <= 3_0595289_34 {
        let v1 = mul_u8(p3, p3);
        let v2 = !(35_25937261u32 <= 4294967294);
    }
    if false && false && p1 != p1 { mul_u64(0, 1023) ^ 32767i16 as u64 } else { 4398046511104 }
}

fn sub_u8(a: u8, b: u8) -> u8 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn rem_u64(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        a % b
    }
}
