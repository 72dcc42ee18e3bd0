fn rem_usize(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        a % b
    }
}

fn neg_i16(a: i16) -> i16 {
    if a == i16::MIN {
        a
    } else {
        -a
    }
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0() -> usize {
    println!("ck");
    let v1 = 1i32 as i32 > i32::MIN;
    let mut w2 = 0u8;
    while w2 < 4 {
        w2 += 1;
        let v3: i32;
        if !true {
            v3 = -664557742;
            let v1: usize = (524288usize << (u16::MIN & 0o77)) / (((if false { 100 } else { 2 }) & 7) + 1usize);
        } else {
            v3 = i32::MIN;
        }
    }
    let v4: isize = 2;
    let mut w5 = 0_i64;
    loop {
        w5 += 1;
        if w5 >= 4 {
            break;
        }
        println!("acc,{v1}, step,{v1}y {}it,{} b {v4},", if 6320372015752140546i64 < w5 { v1 } else { v1 }, 0o100u64);
    }
    rem_usize(div_usize(3 ^ 17592186044416, 17999594023338910606), usize::MIN)
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
    if !((0o6i64 != i64::MAX) & (i64::MAX <= -2316393174005980830)) {
        if 2i64 > 0b111100 || 9i8 < -0x6e {
            return;
        }
    }
    println!("it {ck:0<+12} y: {}y,{ck}, ck = {}, n {}", 11i64 & 39i64, 37u8, u16::MAX > 0);
    let mut v6: i16 = neg_i16((ck >= ck) as i16);
    v6 |= v6;
    ck = mix(ck, f0() as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}
