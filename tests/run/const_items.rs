// const and static items: in the file and in blocks, used before their
// definition, built from other constants, casts, MIN/MAX, blocks with
// lets, and as inline format arguments.
const LIMIT: i32 = 10;
const SQUARE: i64 = (LIMIT as i64) * (LIMIT as i64);
const NEG: i8 = -128;
const BIG: u64 = u64::MAX - 5;
const MASK: u32 = (1 << 20) - 1;
const HALF: usize = { let full = 64usize; full / 2 };
const FLAG: bool = LIMIT > 5 && !(SQUARE < 50);
static GREETING_COUNT: u8 = 3;
static OFFSET: i16 = -300 + DOUBLE;
const DOUBLE: i16 = 2 * 21;

fn scaled(x: i32) -> i32 {
    const FACTOR: i32 = 7;
    x * FACTOR + LIMIT
}

fn main() {
    println!("{} {} {} {}", LIMIT, SQUARE, NEG, BIG);
    println!("{} {} {}", MASK, HALF, FLAG);
    println!("{} {}", GREETING_COUNT, OFFSET);
    let mut total = 0;
    for i in 0..LIMIT {
        total += scaled(i);
    }
    println!("total = {}", total);
    println!("inline: {LIMIT} {NEG} {HALF} {FLAG}");
    println!("{:>6}|{:<4}|{:#x}", LIMIT, DOUBLE, MASK);
    {
        const LIMIT: i32 = 3; // shadows the outer one in this block
        println!("inner {}", LIMIT);
        println!("later {}", LATER);
        const LATER: u16 = LIMIT as u16 * 1000;
    }
    println!("outer {}", LIMIT);
    let x = LIMIT; // a constant's value, copied
    let mut y = x;
    y += SQUARE as i32;
    println!("{} {}", x, y);
    if FLAG {
        println!("flag");
    }
    let shifted = 1u64 << (HALF - 1);
    println!("{}", shifted);
    println!("{}", i32::MAX - LIMIT);
}
