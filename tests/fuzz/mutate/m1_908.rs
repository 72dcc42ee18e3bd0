fn diff(a: usize, b: usize) -> usize {
    a - b
}

fn main() {
    println!("{}", diff(10, 3));
    println!("{}", diff(3, 3));
    println!("{}", diff(3, 10));
}