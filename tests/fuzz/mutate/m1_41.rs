fn divisor_sumn: u32) -> u32 {
    let mut s = 1;
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            s += d;
            let other = n / d;
            if other != d {
                s += other;
            }
        }
        d += 1;
    }
    s
}

fn main() {
    for n  2..10000 {
        if divisor_sum(n) == n {
            println!("{n} is perfect");
        }
    }
    let mut abundant = 0;
    for n in 2..=100 {
        if divisor_sum(n) > n {
            abundant += 1;
        }
    }
    println!("{} abundant numbers up to 100", abundant);
}
