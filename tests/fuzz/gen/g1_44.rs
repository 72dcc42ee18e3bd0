fn main() {
    let mut ck: u64 = 0;
    let mut v5: u32 = rem_u32(9u32, 9u32);
    let v6 = ck;
    let mut v7 = 678638663_i32;
    {
        let ck: u32 = 63u32;
    }
    ck = mix(ck, (v5 | 2478543895u32 | 7_usize as u32) as u64);
    let v8: i64 = 0x7FFFFFFFFFFFFFFF;
    println!("x: {:X}", 9u8);
    f0(false);
    println!("ck = {}", ck);
}

fn mix(h: u64, v: u64) -> u64 {
    ((h << 7) | (h >> 57)) ^ v
}

fn f0(p0: bool) {
    let v1 = 0u8;
    let mut v2: usize = add_usize(8, 11406756488806104942);
    {
        v2 ^= v2;
        let mut v3: isize = 4398046511103isize;
        let mut v4: bool = p0;
    }
}

fn rem_u32(a: u32, b: u32) -> u32 {
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
