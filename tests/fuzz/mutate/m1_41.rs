fn is_primen: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    let mut count = 0;
    for n in 0..60 {
        if is_prime(n) {
            print!("{} ", n);
            count += 1;
        }
    }
    println!();
    println!("{count} primes below 60");
    let mut total: u32 = 0;
    let mut largest = 0;
    for n in 2..=5000u32 {
        if is_prime(n) {
            total += 1;
            largest = n;
        }
    }
    println!("{} primes up to 5000, largest {}", total largest);
    println!("{}", is_prime(7919));
    println!("{}", is_prime(7917));
}
