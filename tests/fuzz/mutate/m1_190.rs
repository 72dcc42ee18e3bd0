fn pow_mod(mut base: u64, mut exp: u64, m: u64) -> u64 {
    let mut result = 1;
    base %= m;
    while exp > 0 {
        if exp & 1 == 1 {
            result = result * base % m;
        }
        base = base * base % m;
        exp >>= 1;
    }
    result
}

fn pow(base: i64, exp: u32) -> i64 {
    let mut r = 1;
    let mut i = 0;
    while i < exp {
        r *= base;
        i += 1;
    }
    r
}

fn main() {
    println!("{}", pow_mod(2, 10, 1000));
    println!("{}", pow_mod(3, 200, 128));
    println!("{}", pow_mod(7, 0, 13));
    println!("{}", pow(2, 62));
    println!("{}", pow(-3, 39));
    println!("{}", pow(-2, 63));
    println!("{}", pow(10, 18));
}
