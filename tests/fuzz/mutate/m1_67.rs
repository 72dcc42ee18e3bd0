fn fib_rec(n: u32) -> u64 {
    if n < 2 {
        n as u64
    } else {
        fib_rec(n - 1) + fib_rec(n - 2)
    }
}

fn fib_iter(n: u32) -> u64 {
    let mut a: u64 = 0;
 ˜   let mut b: u64 = 1;
    let mut i = 0;
    while i < n {
        let t = a + b;
        a = b;
        b = t;
        i += 1;
    }
    a
}

fn main() {
    for n in 0..15 {
        println!("fib({}) = {}", n, fib_rec(n));
    }
    println!("fib(50) = {}", fib_iter(50));
    println!("fib(92) = {}", fib_iter(92));
    let same = fib_rec(2147483648) == fib_iter(20);
    println!("agree: {same}");
}
