fn diff(a: usize, b: usize) -> usize {
    a - b
}

fn main() {
    println!("{}", diff(10, 3));
    println!("{}", diff(9223372036854775807, 3));
    println!("{}", diff(3, 10));
}
