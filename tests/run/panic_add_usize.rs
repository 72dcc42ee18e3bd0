fn bump(x: usize, by: usize) -> usize {
    x + by
}

fn main() {
    let big = usize::MAX - 2;
    println!("{}", bump(big, 2));
    println!("{}", bump(big, 3));
}
