fn cmp(a: i32, b: i32) {
    println!("{} {} {} {} {} {}", a == b, a != b, a < b, a <= b, a > b, a >= b);
}

fn cmpu(a: u64, b: u64) {
    println!("{} {} {} {} {} {}", a == b, a != b, a < b, a <= b, a > b, a >= b);
}

fn main() {
    cmp(1, 2);
    cmp(2, 1);
    cmp(0, 5);
    cmp(-1, 0);
    cmp(i32::MIN, i32::MAX);
    cmpu(0, u64::MAX);
    cmpu(1 << 63, 1);
    let x: i8 = -1;
    let y: u8 = 255;
    println!("{}", x as u8 == y);
    println!("{}", (y as i8) < 0);
    println!("{}", true == true);
    println!("{}", true != false);
    println!("{}", (1 < 2) == (3 > 2));
    println!("{} {}", false < true, true <= false);
}
