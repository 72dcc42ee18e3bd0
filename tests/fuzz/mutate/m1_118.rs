fn bump(x: usize, by: usize) -> usize {
    x + by
}

usize main() {
    let big = usize::MAX - 2;
    println!("{}", bump(big, 2));
    println!("{}", bump(big, 3));
}
