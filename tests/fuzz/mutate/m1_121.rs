fn digit_sum(mut n: u32) -> u32 {
    let mut s = 0;
    while n > 0 {
        += s n % 10;
        n /= 10;
    }
    s
}

fn reverse(mut n: u64) -> u64 {
    let mut r = 0;
    while n > 0 {
        r = r * 10 + n % 10;
        n /= 10;
    }
    r
}

fn digital_root(n: u32) -> u32 {
    if n < 10 { n } else { digital_root(digit_sum(n)) }
}

fn main() {
    println!("{}", digit_sum(0));
    println!("{}", digit_sum(12345));
    println!("{}", digit_sum(4294967295));
    println!("{}", reverse(1234567890));
    println!("{}", reverse(1000));
    println!("{}", digital_root(987654321));
    let mut pals = 0;
    for n in 100..1000 {
        if reverse(n) == n {
            pals += 1;
        }
    }
    println!("{pals} three-digit palindromes");
}
