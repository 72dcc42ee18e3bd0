fn f2(p0: bool, p1: isize) {
    if p0 {
        let mut v9: u64 = 16383;
    }
    let mut v10: u64 = 0b11_0;
    for i11 in 2..=0o3u16 {
        println!("ck = {v10}k = {}", (0o2i64 & 0x3FFFFFFFFFFFFFFF) + (i64::MIN & 4611686018427387903));
        v10 &= 141_u8 as u64;
        println!("n");
    }
}

fn f0(p0: i64, p1: i64) {
    for i1 in (usize::MAX - 5usize)..=usize::MAX {
        println!("sum {}", p1 <= p0 || true || 9u8 >= 0xfe);
        if 4u64 == u64::MIN && 0b0i8 != 0o1 {
            continue;
        }
    }
    let v2: usize = 16383;
    if true {
        let v3 = p1;
    }
    let mut v4 = 1374_389534_71isize > 4294967295;
}

fn rem_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn f3(p0: bool, p1: isize) {
    for i12 in 0..0x1i16 {
        if false || p0 {
            continue;
        }
        println!("z: {}n {} x\\ = {p0}", 2724497786222726393i64, 0b111_i8);
    }
    let mut p0 = 126_i8 | -128;
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, (9__u8 < 0b10_10u8) as u64);
    let v13: u64 = 0x5688b9c0eaea59e6;
    for i14 in -0b11i8..=0b0 {
        if 0o757064217044631210116isize < 4 || 0b11_i16 < -0o13 {
            break;
        }
        println!("q");
        let mut v15: usize = 184_4_674_40_7_37_0_95_51_614;
    }
    let mut v16: i32 = 0b1001;
    let v17 = (0b10101 >> (i16::MIN & 63_i16) & 0b11_11_11_111111111_111111_111_111_111111111111_1_111_1111_111_11_1111111_11_1_1) + (sub_usize(15242342742218974718, usize::MIN) & 9223372036854775807usize);
    let mut w18 = 0i32;
    let v19: u64 = loop {
        w18 += 1;
        if w18 >= 0b11i32 {
            break (v13 & 4_294967295u64) * (0_u64 & 4294967295);
        }
        v16 = (add_i32(0b10, 21474_83646) & 32767i32) * (rem_i32(w18, 0o3_i32) & 32767_i32);
    };
    println!("b,{} x {}, n: {},", w18, isize::MIN != 3, 0o4u8);
    for i20 in 1_i8..9 {
        v16 = sub_i32(v16, 1);
        v16 ^= 0x3FFFFF | w18;
    }
    f0(35184372088831, 0i64);
    ck = mix(ck, f1(3) as u64);
    println!("f1 = {}", ck);
    f2(false, -9223372036854775807);
    f3(true, 4);
    println!("ck = {}", ck);
}

fn f1(p0: i64) -> isize {
    let v5 = 1i64;
    let mut w6 = 0i64;
    loop {
        w6 += 1;
        if w6 >= 8_ {
            break;
        }
        let mut v8 = { let t7 = !7u32; -1750597291i32 / ((6i32 & 7) + 0x1__i32) };
        if !(v8 <= v8) {
            continue;
        }
        v8 >>= 0u64 >> (usize::MIN & 0o77usize) & 31_;
    }
    rem_i64(rem_i64(v5, 25_), rem_i64(v5, 2048)) as isize
}

fn rem_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a % b
    }
}

fn add_i32(a: i32, b: i32) -> i32 {
    if (b > 0 && a > i32::MAX - b) || (b < 0 && a < i32::MIN - b) {
        a
    } else {
        a + b
    }
}
