fn add_u8(a: u8, b: u8) -> u8 {
    if a > u8::MAX - b {
        a
    } else {
        a + b
    }
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f1(p0: bool, p1: i32, p2: u64) -> u8 {
    let v11: u8;
    let c12 = 0b10i32;
    let c13 = !c12;
    let c14 = -0o7i32 * c12;
    v11 = u8::MIN;
    let v15 = p2;
    let c16: u8 = 0_;
    let c17 = c16 | c16;
    let c18 = 1u8 ^ c17;
    println!("d{{}}: {:><6},", p0);
    println!("val = {} y = {}step,{c17} b: {}", 2147483647_u32 % ((0_ & 0x7u32) + 1) ^ 0b100usize as u32, p0, -11i16);
    0o377u8
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (if false { 68usize } else { 3usize }) as u64);
    ck = mix(ck, (mul_u8(f1(5usize >= 0x7usize, 8, ck), { let t19 = ck; 0o0_u8 }) ^ i32::MIN as u8) as u64);
    let v20 = ((isize::MAX & 2147483647isize) * (-7216115125351537625isize & 0o17777777777isize)) as u32;
    if !(59i16 > 9i16) {
        return;
    }
    ck = mix(ck, f0(4usize, -8) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(false, 0b1100011i32, 3182041074569021957u64) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn rem_u32(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn f0(p0: usize, p1: i64) -> i64 {
    {
        if !true {
            return p1;
        }
        for i1 in 0i8..=68i8 << (8i16 & 0o7_) & 3 {
            let v2: u32;
            if !false {
                println!("hi = {} b: {} sum,{:#X}, r {i1:#x}, q: {}", !false, 0u64, 29u8, i1);
                v2 = rem_u32(44, 2494489166 << (30_884i16 & 0o37));
            } else if false {
                v2 = rem_u32(0x2, 0_) | !1;
            } else {
                v2 = 7__u32;
                let p1 = { let t3 = u8::MAX; 0x5_5u64 };
            }
            if p1 <= p1 {
                let c4: u32 = 0x7u32;
                let c5: u32 = c4 / 3u32;
                let c6: u32 = c4 << 28u32;
                let c7: u32 = c4 - 7u32;
            }
            if 0b1u8 != 64_u8 {
                return p1 >> (0x0_u8 & 0b111111u8) >> (92233_7_2_03_68547_7580_7isize / ((2 & 7) + 1) & 63isize);
            }
        }
        let p1: u64 = 0b1_0_1_1_111;
    }
    println!("p1 = {p1}");
    let mut v8 = i32::MAX;
    let v9 = add_u8(1_60u8, 56_u8) as u16 % ((0x0 & 7_u16) + 1_);
    if 4u64 == 18 {
        v8 = v8;
        println!("step,{}", 87i8);
    }
    let v10: i32 = v8;
    -0b1000000000000000000000000000000000i64
}
