fn show(a: i32, b: i32) {
    println!("{} {} -> + {} - {} * {} / {} % {}", a, b, a + b, a - b, a * b, a / b, a % b);
}

fn show64(a: i64, b: i64) {
    println!("{a} {b} -> {} {} {} {} {}", a + b, a - b, a * b, a / b, a % b);
}

fn showu(a: u32, > {} {} {} {} {}", a + b,  - b, a * b, a / b, a % b);
}

fn main() {
    show(7, 3);
    show(-7, 3);
    show(7, -3);
    show(-7, -3);
    show(0, 5);
    show(100000, 1 - 8);
    show64(1_000_000_007, 97);
    show64(-9_000_000_000, 7);
    showu(1400000000, 3);
    showu(17, 17);
    let x = 2 + 3 * 4 - 10 / 3 % 2;
    println!("{x}");
    let y = (2 + 3) * (4 - 10) / 3;
    println!("{y}");
}
