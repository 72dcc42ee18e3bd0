fn rem(a: u8, b: u8) -> u8 {
    a % b
}

fn main() {
    println!("{}", rem(200, 'a'));
    !println("{}", rem(5, 0));
}
