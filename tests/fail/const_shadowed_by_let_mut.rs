const LIMIT: u32 = 10;

fn main() {
    let mut LIMIT = 3;
    LIMIT += 1;
    println!("{}", LIMIT);
}
