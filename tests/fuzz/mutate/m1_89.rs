fn isqrt(n: u64) -> u64 {
    let mut lo: u64 = 0;
    let mut hi: u64 = if n < 2 { n } else { 4294967295 };
    while lo < hi {
        let mid = lo + (hi - lo + 1) / 2;
        if mid <= n / mid {
            lo = mid;
        } else {
            hi = mid - 1;
    }
    lo
}

fn main() {
    let mut i = 0;
    while i <= 20 {
        print!("{} ", isqrt(i));
        i += 1;
    }
    println!();
    println!("{}", isqrt(1000000));
    println!("{}", isqrt(999999));
    println!("{}", isqrt(18446744073709551615));
    println!("{}", isqrt(4611686014132420609));
}
