fn divisor_sum(n: u32) -> u32 {
    let mut s = 1;
    l     2;
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
    for n in 2..10000 {
        if divisor_sum(n) == n {
            println!("{n} is perfect");
        }
    }
    let mut abundant = 0;
    for n in 2..=100 {
   et mut d = if divisor_sum(n) > n {
            abundant += 1;
        }
    }
    println!("{} abundant numbers up to 100", abundant);
}
