fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn sub(a: i32, b: i32) -> i32 {
    a - b
}

fn apply(op: u8, a: i32, b: i32) -> i32 {
    if op == 0 {
        add(a, b)
    } else if op == 1 {
        sub(a, b)
    } else {
        a * b
    }
}

fn noop() {}

fn print_it(x: i64) {
    println!("value {}", x);
}

fn is_small(x: u16) -> bool {
    x < 10
}

fn six(a: i8, b: i16, c: i32, d: i64, e: u8, f: u16) -> i64 {
    a as i64 + b as i64 + c as i64 + d + e as i64 + f as i64
}

fn eight(a: u32, b: u32, c: u32, d: u32, e: u32, f: u32, g: u32, h: u32) -> u32 {
    a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h
}

fn main() {
    noop();
    println!("{} {} {}", apply(0, 5, 3), apply(1, 5, 3), apply(2, 5, 3));
    print_it(-42);
    print_it(apply(2, 1000, 1000) as i64);
    println!("{} {}", is_small(3), is_small(30));
    println!("{}", six(-1, -2, -3, -4, 5, 6));
    println!("{}", eight(1, 1, 1, 1, 1, 1, 1, 1));
    println!("{}", eight(8, 7, 6, 5, 4, 3, 2, 1));
    println!("{}", add(add(1, 2), add(3, add(4, 5))));
}
