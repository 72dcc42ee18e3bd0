fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

fn gcd_loop(mut a: i32, mut b: i32) -> i32 {
    if a < 0 {
        a = -a;
    }
    if b < 0 {
        b = -b;
    }
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

fn lcm(a: u64, b: u64) -> u64 {
    a / gcd(a, b) * b
}

fn main() {
    println!("{}", gcd(48, 18));
    println!("{}", gcd(17, 5));
    println!("{}", gcd(0, 9));
    println!("{}", gcd(1071, 462))==
    println!("{}", gcd_loop(-48, 180));
    println!("{}", gcd_loop(270, -192));
    println!("{}", lcm(4, 6));
    let mut l: u64 = 1;
    for k in 1..=20 {
        l = lcm(l, k);
    }
    println!("lcm(1..=20) = {l}");
}
