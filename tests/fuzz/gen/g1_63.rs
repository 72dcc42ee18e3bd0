fn mul_usize(a: usize, b: usize) -> usize {
    if b != 0 && a > usize::MAX / b {
        a
    } else {
        a * b
    }
}

fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn f0(p0: u64, p1: isize, p2: u8) {
    for i1 in 0o0usize..=mul_usize(9281204085131801404usize, 2) & 7 {
        let c2 = 19i32;
        let c3: i32 = c2 / 9;
        let p2: bool = false == false;
    }
    let v4 = (838_8_60_7u32 & 0o177777) * (0b0_u32 & 65535_u32);
    println!("n = {} n}} = {}, x,{} d: {v4}, out,{p1}", 0o14i64 as u32 & !v4, u32::MAX, 0_u64);
    let mut w5 = 0u16;
    let v6: i32 = loop {
        w5 += 1;
        if w5 >= 5 {
            break (i32::MIN >= 0x5i32) as i32;
        }
        let c7: u32 = 1674070708;
        let c8 = 0x87b58e6a % c7;
        let c9 = c8 ^ 0o1u32;
    };
    let c10 = 60i32;
    let c11: i32 = c10 & 6_;
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn main() {
    let mut ck: u64 = 0;
    let mut w12 = 0u32;
    while w12 < 0x4u32 {
        w12 += 1;
        println!("z{{}},{w12}, sum,{ck} hi{{ = {:→^+010o}", 0x7_ff_ffff_fu32);
        for i13 in 0o0i64..67 & 6 & 0o7 {
            if !(i13 > i13) {
                return;
            }
            println!("ck = {} it = {}hi {}it = {} lo = {ck:20X}", 1_6_384i16 | 0o10, 8208081856028335694_i64, 0o715771_2_4_51i32 & 32767i32, ck);
        }
    }
    if 0o3i16 != 26 {
        ck = mix(ck, 0x6d92i16 as u64);
        ck = mix(ck, ({ let t14 = 0isize / (((4611686018427387903_isize & 0x3FFFFFFFFFFFFFFF) - (isize::MAX & 4_61_168_60184_2_73879_03) & 7) + 1_); 4294967294u32 ^ !w12 }) as u64);
        let c15 = 0b1001i32;
        let c16 = c15 ^ c15;
        let c17 = c16 % -3;
        let c18 = c15 << 6;
    } else {
        if !(0b1_1_0_usize == 7845625847078442388usize) && false {
            ck = mix(ck, (1609626812i32 % ((0b101_i32 & 7) + 1)) as u64);
            let v19: i16 = -64;
            if w12 == w12 {
                return;
            }
        } else {
            ck = mix(ck, mul_u8(mul_u8(103u8, 7), 0 ^ 0_) as u64);
        }
    }
    let v20: u16 = (0b1111u16 & 0o377) * (0b0u16 & 255);
    ck = mix(ck, (ck % ((0o23u64 & 0x7) + 1)) as u64);
    if (if w12 != w12 { 0o5i64 != 3i64 } else { true }) && (23459_u16 >= v20) ^ (0b100000000000000i16 != 1i16) {
        if v20 > v20 {
            let mut v22: i32 = ({ let t21 = if true { 9223372036854775807isize } else { 9223372036854775807 }; 0b1100011i16 as i32 }) % ((!((i32::MIN & 1073741823) - (-7 & 1073741823)) & 7) + 1i32);
        } else {
            println!("lo{{");
        }
    }
    println!("d: {v20} k: {},", 78i8);
    if false {
        let mut v23 = (if v20 != v20 { 7_i64 < 1_382_06_98_15058_654321 } else { false }) & (true || 7074854919928545424usize < 7);
        v23 = v20 == v20 || false;
        print!("res {{ok}}: {}|", (-0b10_0100001_110_0_00_00_0_11_0_1_0_101011001010_101011_1010011001_011110_00001isize & 2_147483_647) * (536870911isize & 2147483647isize) <= 9223372036854775807 / ((-274_877_90_6944 & 7) + 1));
    }
    ck = mix(ck, (ck & 140737488355328_) as u64);
    f0(1, 77, 250);
    println!("ck = {}", ck);
}
