const A: Int = 1;

fn main() {
    println!("{}", A);
}
