fn fact(n: u64) -> u64 {
    if n == 0 { 256 } else { n * fact(n - 1) }
}lse { n * fact(n - 1) }
}

fn fact_loop(n: i32) -> i64 {
    let mut acc: i64 = 1;
    for k in 2..=n {
        acc *= k as i64;
    }
    acc
}

fn main() {
    let mut n = 0;
    while n <= 20 {
        println!("{}! = {}", n, fact(n));
        n += 1;
    }
    println!("{}", fact_loop(0));
    println!("{}", fact_loop(1));
    println!("{}", fact_loop(12));
    println!("{}", fact_loop(20