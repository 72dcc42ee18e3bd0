// Mutual recursion through frames with many locals of every integer type,
// which never reaches its base case before the stack runs out.
fn ping(n: u64, a: i32, b: i64) -> i64 {
    let x0: u8 = (n % 200) as u8;
    let x1: i16 = (a % 1000) as i16;
    let x2: u32 = (n % 100000) as u32;
    let x3: i64 = b % 1000;
    let x4: usize = (n % 7) as usize;
    let x5: isize = (a % 11) as isize;
    let x6: u16 = (n % 60000) as u16;
    let x7: i8 = (a % 100) as i8;
    let x8 = x0 as i64 + x1 as i64 + x2 as i64 + x3;
    let x9 = x4 as i64 + x5 as i64 + x6 as i64 + x7 as i64;
    if n == u64::MAX {
        return x8 + x9;
    }
    let r = pong(n + 1, a + 1, b + 2);
    r + x8 - x9
}

fn pong(n: u64, a: i32, b: i64) -> i64 {
    let y0 = n % 3;
    let y1 = (a % 5) as i64;
    let y2 = b % 9;
    let y3 = y0 as i64 * y1 + y2;
    let y4 = y3 - y1;
    let y5 = y4 + y2 * 2;
    if y5 == i64::MIN {
        return 0;
    }
    ping(n + 1, a % 1000000, b % 1000000) + y5 - y4
}

fn main() {
    let mut total: i64 = 0;
    for i in 0..3 {
        total += i;
        println!("line {}", i);
    }
    println!("total {}", total);
    println!("{}", ping(0, 1, 2));
    println!("never printed");
}
