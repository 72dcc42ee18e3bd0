const COUNT: u32 = 0;

fn main() {
    COUNT = 5;
    println!("{}", COUNT);
}
