const SMALL: u8 = 256;

fn main() {
    println!("{}", SMALL);
}
