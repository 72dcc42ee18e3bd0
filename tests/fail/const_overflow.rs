const BASE: u8 = 200;
const SUM: u8 = BASE + 100;

fn main() {
    println!("{}", SUM);
}
