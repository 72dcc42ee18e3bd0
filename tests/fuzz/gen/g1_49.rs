fn mul_u8(a: u8, b: u8) -> u8 {
    if b != 0 && a > u8::MAX / b {
        a
    } else {
        a * b
    }
}

fn div_i8(a: i8, b: i8) -> i8 {
    if b == 0 || (a == i8::MIN && b == -1) {
        a
    } else {
        a / b
    }
}

fn add_usize(a: usize, b: usize) -> usize {
    if a > usize::MAX - b {
        a
    } else {
        a + b
    }
}

fn rem_u16(a: u16, b: u16) -> u16 {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn sub_usize(a: usize, b: usize) -> usize {
    if a < b {
        a
    } else {
        a - b
    }
}

fn f0(p0: isize) -> i32 {
    if 9 != 0b11111 {
        return 0x80000i32;
    }
    let mut v1: usize = ((0o11i16 & 0x7f) * (16383i16 & 0x7f)) as usize;
    print!("y: {v1} ");
    v1 /= (0x8 & 0b111usize) + 0x1;
    if !(i64::MAX <= 8) {
        let v2: usize;
        if i32::MAX > 0b11 {
            v2 = sub_usize(add_usize(v1, v1), (0x9usize & 0b111111111111111111111111111111111111111111111111111111111111111) + (v1 & 0x7fffffffffffffffusize));
        } else {
            v2 = v1;
        }
    } else {
        println!("val = {}", (535498542 & 5) / ((0x8i32 / ((2147483646 & 0x7) + 0o1) & 7) + 0b1));
    }
    sub_i32(-0o4475200721i32, -1033888382i32)
}

fn main() {
    let mut ck: u64 = 0;
    print!("d\n");
    let mut w3 = 0usize;
    while w3 < 0x4 {
        w3 += 1;
        let v4: isize = 0o17777777777777777777;
        for i5 in i8::MIN..(i8::MIN + 5i8) {
            let v6: i64 = 43;
            ck = mix(ck, (0u8 >= 0o10 >> (5u8 & 0o7)) as u64);
        }
    }
    if 0b1100011 <= 0b10i32 {
        let v7: i32;
        if 367556533 < -0b1111111111111111111111111111111 || 0o4u16 < 17454 {
            v7 = 0b10i32 & f0(-0x75d9d6b0b616203bisize);
        } else {
            v7 = -(8 >> (0b1010111u32 & 31u32) | 0x1);
        }
        let mut w8 = 0x0usize;
        while 5 > w8 && -0o742472457243170652726_isize == isize::MIN {
            w8 += 1;
            println!("k");
        }
        ck = mix(ck, (div_i8(0o171, 64) & sub_i8(0b1111111, 0) <= 3) as u64);
    } else {
        let mut v9 = mul_u8(if -0b100000000000000000000000 < -0x78493919i32 { u8::MIN } else { 0u8 }, 1 << (0o17777777777u32 & 0b111u32)) > 0x3u8;
    }
    println!("y");
    println!("a: {} n: {ck}, d {} it {{ok}}: {},", ck, { let t10 = !3u8; rem_u16(0, 0x4) }, 0x2941D8D11BABDABBi64);
    ck = mix(ck, f0(0b1000) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn sub_i8(a: i8, b: i8) -> i8 {
    if (b < 0 && a > i8::MAX + b) || (b > 0 && a < i8::MIN + b) {
        a
    } else {
        a - b
    }
}

fn sub_i32(a: i32, b: i32) -> i32 {
    if (b < 0 && a > i32::MAX + b) || (b > 0 && a < i32::MIN + b) {
        a
    } else {
        a - b
    }
}
