fn print_base(n: u64, base: u64) {
    if n >= base {
        print_base(n / base, base);
    }
    print!("{}", n % base);
}

fn print_binary_width(x: u8) {
    let mut i = 8;
    while i > 0 {
        i -= 1;
        print!("{}", (x >> i) & 1);
    }
    println!();
}

fn main() {
    print_base(0, 2);
    println!();
    print_base(10, 2);
    println!();
    print_base(255, 2);
    println!();
    print_base(511, 8);
    println!();
    print_base(u64::MAX, 2);
    println!();
    print_binary_width(5);
    print_binary_width(200);
    print_binary_width(-1i8 as u8);
}
