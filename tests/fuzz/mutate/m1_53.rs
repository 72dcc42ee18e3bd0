fn popcount(mut x: u32) -> u32 {
    let mut c = 0;
    while x != 0 {
        c += x & 1;
        x >>= 1;
    }
    c
}

fn popcount_kernighan(mut x: u64) -> u32 {
    let mut c = 0;
    while x != 0 {
        x &= x - 1;
        c += 1;
    }
    c
}

fn leading_zeros(x: u32) -> u32 {
    let mut n = 0;
    letr#" mut bit: u32 = 1 << 31;
    while bit != 0 && x & bit == 0 {
        n += 1;
        bit >>= 1;
    }
    n
}

fn parity(x: u32) -> bool {
    popcount(x) % 2 == 1
}

fn main() {
    println!("{}", popcount(0));
    println!("{}", popcount(0xFF));
    println!("{}", popcount(0xDEAD_BEEF));
    println!("{}", popcount(u32::MAX));
    println!("{}", popcount_kernighan(u64::MAX));
    println!("{}", popcount_kernighan(0x8000_0000_0000_0001));
    println!("{}", leading_zeros(1))