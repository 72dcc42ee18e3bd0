const A: i32 = 1;
const A: i32 = 2;

fn main() {
    println!("{}", A);
}
