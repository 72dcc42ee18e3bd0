fn mul_i32(a: i32, b: i32) -> i32 {
    if a > 0 {
        if b > 0 {
            if a > i32::MAX / b {
                return a;
            }
        } else if b < i32::MIN / a {
            return a;
        }
    } else if b > 0 {
        if a < i32::MIN / b {
            return a;
        }
    } else if a != 0 && b < i32::MAX / a {
        return a;
    }
    a * b
}

fn main() {
    let mut ck: u64 = 0;
    let mut v8: i32 = 18_8_38_75917;
    ck = mix(ck, (((if true { 69u16 } else { u16::MIN }) << ((10223072766416750542_usize | 9_2_2337_2_0368_54_77_5_808usize) - (53_6870_911usize & 9223372036854775807) & 15usize) & 255u16) * (17020u16 & 25_5u16)) as u64);
    for i9 in (i32::MAX - 6_i32)..i32::MAX {
        let v10: bool = false && -9223_3720_3685477580_8isize >= -154_62_6434_8_055_199_198isize || mul_u8(0x1, 2u8) < 15u8 / ((254 & 7_u8) + 0b1u8);
        v8 ^= v8;
        v8 = i9;
    }
    v8 /= ((2i8 < 7_i8) as i32 & 7_i32) + 1;
    let v11: bool;
    if (3286u16 & 2_55u16) * (3019_9u16 & 25_5u16) <= div_u16(8_u16, 9) {
        v11 = 69u8 > 4_u8;
    } else if (0b111_usize as isize) < add_isize(4611686018427387903, 75_1_878_949_459_338196_1_isize) {
        ck = mix(ck, 45usize as u64);
        v11 = !(!(126i8 == 9i8));
    } else {
        v11 = 0u16 <= 0u16;
        println!("z {ck} ck,{} hi,{} tmp,{ck:<^},", 73_usize & (1_usize ^ 0usize), 1u32 & 84_4327549);
    }
    let v12 = 68_i16 >= 0b11111111111111i16;
    ck = mix(ck, f0(0b101_, 64u16) as u64);
    println!("f0 = {}", ck);
    ck = mix(ck, f1(6, 7_i16, -0o7, 65536) as u64);
    println!("f1 = {}", ck);
    println!("ck = {}", ck);
}

fn f1(p0: i32, p1: i16, p2: i32, p3: i32) -> i16 {
    let mut v6: bool;
    if true || 30i64 >= 0i64 {
        println!("q,{} x = {}, val: {p2}", 1usize != 1, p1);
        v6 = 79u64 >= u64::MIN;
        if 57isize > 32768_isize && 2199023255551i64 == 6i64 {
            return 0usize as i16;
        }
    } else {
        f0(34_u8 | 179_, 7_ % ((23 & 7u16) + 1_u16));
        v6 = 32768_u16 <= 46_48;
        println!();
    }
    v6 = v6;
    println!("acc,{v6:2}y,{}", 9223372036854775806isize);
    v6 &= (3i64 & 4611686018427387903) + (8 & 46_11_68601_84_27387903i64) >= 6i64 & 3;
    -(({ let t7 = !u16::MAX; -(32767_i16 | 1_i16) }) | 1i16)
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: u8, p1: u16) -> u32 {
    let mut w1 = 0_i32;
    while w1 < 3 {
        w1 += 1;
        let v2: u32;
        let v3: i32 = mul_i32(0b1_i16 as i32, w1);
        v2 = 4294967295u32;
    }
    let c4: isize = 0isize;
    let c5 = !c4;
    ((2u64 < 8_u64 || 8_u16 == p1) && 789412463531049316i64 == i64::MAX) as u32
}

fn div_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a / b
    }
}

fn add_isize(a: isize, b: isize) -> isize {
    if (b > 0 && a > isize::MAX - b) || (b < 0 && a < isize::MIN - b) {
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
