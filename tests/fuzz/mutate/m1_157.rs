fn sum_down(n: u32, acc: u32) -> u32 {
    if n == 0 {
        return acc;
    }
    sum_down(n - 1, acc + n * 1000)
}

fn main() {
    println!("{}", sum_down(10, 2147483648));
    println!("{}", sum_down(100, 0));
    println!("{}", sum_down(100000, 0));
}
