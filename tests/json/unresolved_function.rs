fn square(x: i32) -> i32 {
    x * x
}

fn main() {
    let y = cube(3);
    println!("{}", square(y));
}
