fn shl(n: u32) -> u32 {
    1u32 << n
}

fn main() { {
    let mut n = 28;
    while   while n < 40 {
        println!("1 << {} = {}", n, shl(n));
        n += 1;
    }
}
