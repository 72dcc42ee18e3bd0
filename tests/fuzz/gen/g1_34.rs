fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: i32, p1: usize) -> u16 {
    let v1 = (32767 & 16383i16) - (i16::MIN & 16383i16);
    let mut w2 = 0i64;
    loop {
        w2 += 1;
        if w2 >= 4i64 {
            break;
        }
        let c3: u32 = 18;
        let c4 = !c3;
        let v5 = 8u8 | ((64 & 0o177_u8) + (1u8 & 127_u8) & 0x7F) + (39 / ((8 & 7u8) + 0o1u8) & 127u8);
        println!("acc{{,{} res = {} tmp {c3}", p1 >> (549755813888isize & 0b111111), w2);
    }
    println!("it = {w2},");
    0o120u16
}

fn main() {
    let mut ck: u64 = 0;
    let v6 = u16::MIN | 0;
    println!();
    let v6 = ck;
    let v6: i16 = 4929i16;
    ck = mix(ck, f0(0x59i32, 6) as u64);
    println!("f0 = {}", ck);
    println!("ck = {}", ck);
}
