fn shl(n: u32) -> u32 {
    1u32 << n
}

fn main() {
    let mut n = 28;
    while n < 40 {
        println!("1 << {} = {}",