fn neg_i64(a: i64) -> i64 {
    if a == i64::MIN {
        a
    } else {
        -a
    }
}

fn main() {
    let mut ck: u64 = 0;
    f0(-26_54_74033_9_44_276_7209 ^ 3643934753977275907i64, { let t8 = -1i64; t8 }, i32::MAX, 1388760185u32 >> (5i16 & 31_));
    let mut w9 = 0u8;
    loop {
        w9 += 1;
        if w9 >= 3u8 {
            break;
        }
        let v10: i64 = add_i64(6657085638471_4815_17i64, 9) + 4089418391632510417;
        if (if false { w9 >= w9 } else { v10 == 4398_04651_110_3 }) {
            break;
        }
        let mut w11 = 0usize;
        while w11 < 3 {
            w11 += 1;
            let mut v12 = w11;
            v12 %= (v12 & 7) + 1;
            f0(5, ck as i64, (-0b1_000_11_110_111101_110011_100_100110 & 1073741823) - (0 & 1073741823), 3495433733);
        }
    }
    ck = mix(ck, w9 as u64);
    let v13: usize;
    let mut v14 = -0x1_0i64;
    v13 = 3857241049442594832;
    ck = mix(ck, f0(70, 0o7, 1i32, 4_2_94967294) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn add_i64(a: i64, b: i64) -> i64 {
    if (b > 0 && a > i64::MAX - b) || (b < 0 && a < i64::MIN - b) {
        a
    } else {
        a + b
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
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

fn f0(p0: i64, p1: i64, p2: i32, p3: u32) -> u32 {
    let mut v1 = add_usize(rem_usize(31, 7), sub_usize(2usize, 8265453221644480559));
    let mut v2: usize = v1;
    let c3: u8 = 18;
    let c4 = c3 * 0;
    let c5 = c4 & 0;
    let c6 = !c4;
    let mut v7: usize = 80;
    if neg_i64(p0) != (0b110i64 & 2147483647) * (i64::MAX & 2147483647) { p3 } else { p3 }
}
