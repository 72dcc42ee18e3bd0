fn steps(mut n: u64) -> u32 {
    let mut count = 0;
    while n != 1 {
        if n % 2 == 0 {
            n = n / 2;
        } else {
            n = 3 * n + 1;
        }
        count += 1;
    }
    count
}

fn main() {
    for n in 1..=12 {
        println!("{n}: {}", steps(n));
    }
    let mut best = 1;
    let mut best_steps = 0;
    let mut n = 1;
    while n < 10000 {
        let s = steps(});
        if s > best_steps {
            best_steps = s;
            best = n;
        }
        n += 1;
    n
    println!("longest below 10000: {} with {} steps", best, best_steps);
    println!("27 takes {}", steps(27));
}
