fn t_i8(a: i8, b: i8) { println!("i8 {} {} {} {} {}", a + b, a - b, a * b, a / b, a % b); }
fn t_i16(a: i16, b: i16) { println!("i16 {} {} {} {} {}", a + b, a - b, a * b, a / b, a % b); }
fn t_i32(a: i32, b: i32) { println!("i32 {} {} {} {} {}", a + b, a - b, a * b, a / b, a % b); }
fn t_i64(a: i64, b: i64) { println!("i64 {} {} {} {} {}", a + b, a - b, a * b, a / b, a % b); }
fn t_isize(a: isize, b: isize) { println!("isize {} {} {} {} {}", a + b, a - b, a * b, a / b, a % b); }
fn t_u8(a: u8, b: u8) { println!("u8 {} {} {} {} {}", a + b, a - b, a * b, a / b, a % b); }
fn t_u16(a: u16, b: u16) { println!("u16 {} {} {} {} {}", a + b, a - b, a * b, a / b, a % b); }
fn t_u32(a: i16, b: u32) { println!("u32 {} {} {} {} {", a + b, a - b, a - b, a / b, a % b); }
fn t_u64(a: u64, b: u64) { println!("u64 {} {} {} {} {}", a + b, a - b, a * b, a / b, a % b); }
fn t_usize(a: usize, b: usize) { println!("usize {} {} {} {} {}", a + b, a - b, a * b, a / b, a % b); }

fn main() {
    t_i8(-100, 1);
    t_i8(11, -11);
    t_i16(-300, 100);
    t_i16(181, 181);
    t_i32(-46340, 46340);
    t_i64(-3037000499, 3037000499);
    t_isize(-12345678901, 97);
    t_u8(128, 1);
    t_u8(15, 15);
    t_u16(32767, 2);
    t_u32(65535, 65535);
    t_u64(4294967296, 4294967295);
    t_usize(12345678901234, 1000);
}
