// Format specs on integers and bools: radix, width, fill and alignment,
// sign, alternate forms, zero padding, precision (ignored for integers,
// truncating for bools), Debug, whitespace inside holes, inline names.
fn main() {
    let a = 255u8;
    println!("{:x}|{:X}|{:b}|{:o}|{:#x}|{:5}|{:<5}|{:^5}|{:03}|{:+}|{:?}", a, a, a, a, a, a, a, a, a, a, a);
    println!("{:#010x}|{:x}|{:b}|{:+05}|{:*^9}|{:-5}|{:#o}|{:#X}", 255, -1i32, -2i8, 7, -3, 4, 8, 255u64);
    println!("{:05}|{:<05}|{:^05}|{:>+6}", -5, 3, 3, 3);
    println!("{:é>5}|{:0>5}|{:#?}", 3, 0x7f, 5);
    println!("{:5}|{:<6}|{:>6}|{:^7}|{:05}|{:?}", true, false, true, true, true, false);
    println!("{:.2}|{:7.2}|{:5.3x}|{:.0}", true, false, 3, 42);
    println!("{:>+#010x}|{:^+8}|{:x<4}|{:+x}|{:+}", 255, 5, 1, 10, true);
    println!("{:0>+4}|{:<+4}|{:+04}|{:#}|{:<}|{:>}|{:0}|{:00}|{:01}", 1, 1, -1, 3, 3, 1, 2, 3, 4);
    println!("{:#b}|{:#o}|{:#X}|{:#08b}|{:x}|{:X}", 5, 8, 255, 5, i64::MIN, u64::MAX);
    println!("{:x}|{:x}|{:x}|{:o}|{:b}", -1i8, -1i16, -1i64, -1isize, u16::MAX);
    println!("{:20}|{:<20}|{:^21}|{:+}", i64::MIN, u64::MAX, i64::MAX, 0);
    let x = 42;
    let neg = -7i16;
    let flag = true;
    println!("{x:x}|{x:>4}|{x:#06b}|{neg:+}|{neg:x}|{flag:>6}|{x:?}");
    println!("{ }|{0 }|{x }|{:5 }|{0 :5}|{:}", 9, 8, 7);
    println!("{1} {0} {1:>3} {0:<3}|", 1, 2);
    let mut i = 0;
    while i < 4 {
        print!("[{:>3}{:<2x}]", i * 7, i * 5);
        i += 1;
    }
    println!();
}
