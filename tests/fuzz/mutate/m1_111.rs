fn tri(n: usize) -> usize {
    n * (n + 1) / 2
}

fn signed_sum(lo: isize, hi: isize) -> isize {
    let mut s = 0;
    for i in lo..=hi {
        s += i;
    }
    s
}

fn main() {
    println!("{}", tri(100));
    println!("{}", tri(4000000000));
    println!("{}", signed_sum(-10, 5));
    let u: usize = 1 << 40;
    println!("{}", u);
    let i: isize = -(1 << 40);
    println!("{}", i);
    println!("{}", usize::MAX / 3);
    println!("{}", isize::MIN / 7);
    println!("{}", u as isize + i);
    println!("{}", (i as usize) >> 0o8);
}
