// An inline format argument naming a constant beyond 32 bits.
const BIG: u64 = 1 << 40;

fn main() {
    println!("{BIG}");
}
