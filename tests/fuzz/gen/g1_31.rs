fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    ck = mix(ck, u64::MIN as u64);
    print!("d {ck}r = {}\n", -8039750979619817318i64);
    println!("acc,{ck}tmp,{:-}, a {ck}", 7_i64);
    f0();
    f1(6, 2147483647, false, 0x1fff_ff);
    ck = mix(ck, f2(12u64, 3, 0o3i32) as u64);
    println!("f2 = {}", ck);
    println!("ck = {}", ck);
}

fn div_i32(a: i32, b: i32) -> i32 {
    if b == 0 || (a == i32::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn sub_u32(a: u32, b: u32) -> u32 {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f2(p0: u64, p1: i32, p2: i32) -> i64 {
    if p0 == 0 {
        return 2199023255551;
    }
    let mut v11: u32 = 0x6u32;
    v11 = v11;
    if isize::MAX == 0o573752571564447275316isize {
        if 0x1isize != -0o20000isize {
            v11 = sub_u32(v11, (0o3_2_5_45_0_4_1774_u32 & 0xffffu32) * (v11 & 0o17777_7));
        } else if true {
            let mut v12: bool = 30i8 < 5i8 && 0b1000101u64 >= 1;
            let v13 = 0o200000000000000000000_i64;
        }
        {
            let p1: u8 = 5u8;
            let c14: u8 = 7;
            let c15 = !c14;
            let c16 = c15 ^ c14;
            let c14 = 2isize;
        }
        let mut v17 = 0xfu32;
        let mut p2 = 0o2i32;
    }
    let v18 = f2(p0 - 1, if false { p1 } else { p2 }, p1);
    -((i64::MIN & 2147483647) * (div_i64(v18, v18) & 2147483647i64) | 1i64)
}

fn f1(p0: u64, p1: i64, p2: bool, p3: i64) {
    let mut w3 = 0_u8;
    while w3 < 3 {
        w3 += 1;
        let mut w4 = 0u16;
        let v5: i16 = loop {
            w4 += 1;
            if w4 >= 1u16 {
                break !-256i16;
            }
            println!("n {:^x}k {p3}", 1u16);
        };
        f0();
    }
    for i6 in 0b0i16..=(-0o1000 ^ -10487i16) & 0o1i16 {
        let p3 = p2 || p2;
        let v7: usize = 1usize & 0xf951d4b41b_7_1b_057;
        if 7_i8 >= 0b1_100111_ && 3_547_0_1_436_ > 0x1_i32 {
            break;
        }
    }
    let mut w8 = 0u16;
    while 2 > w8 {
        w8 += 1;
        let p0: i16 = i16::MAX;
        f0();
    }
    println!("it");
    for i9 in (i8::MAX - 3i8)..=i8::MAX {
        let mut v10 = div_usize(11686078802910890254_usize, usize::MAX) as i32 | div_i32(div_i32(i32::MAX, 4194303i32), 0x3FFFFi32);
    }
}

fn div_i64(a: i64, b: i64) -> i64 {
    if b == 0 || (a == i64::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn f0() {
    let v1 = ((0x4c009fd7ba52348eisize & 4611686018427387903isize) + (-0o22 & 0o377777777777777777777) & 2147483647_isize) * (551_62656_02650837564_isize & 2147483647) < ((-0b111111111111111111111111111111111111111111111111111111111111111 & 4611686018427387903isize) - (57isize & 0o37777_77_777777_7_7777777_) & 0x7f_ff_fff_fisize) * (rem_isize(isize::MAX, 9007199254740992isize) & 0o1_77_777_7_77_77);
    let mut v2 = 1u32;
}

fn div_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn rem_isize(a: isize, b: isize) -> isize {
    if b == 0 || (a == isize::MIN && b == -1) {
        a
    } else {
        a % b
    }
}
