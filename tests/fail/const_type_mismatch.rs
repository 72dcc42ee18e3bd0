const READY: bool = 1;

fn main() {
    println!("{}", READY);
}
