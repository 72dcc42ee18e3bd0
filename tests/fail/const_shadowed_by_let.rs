const MAX: i32 = 100;

fn main() {
    let MAX = 5;
    println!("{}", MAX);
}
