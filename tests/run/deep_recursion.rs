fn depth(n: u32) -> u32 {
    if n == 0 {
        0
    } else {
        1 + depth(n - 1)
    }
}

fn sum_to(n: u64) -> u64 {
    if n == 0 { 0 } else { n + sum_to(n - 1) }
}

fn count_down(n: i32, acc: i64) -> i64 {
    if n <= 0 {
        return acc;
    }
    count_down(n - 1, acc + n as i64)
}

fn main() {
    println!("{}", depth(10000));
    println!("{}", sum_to(10000));
    println!("{}", count_down(20000, 0));
}
