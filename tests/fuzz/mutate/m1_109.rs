fn sum_down(n: u32, acc: u32) -> u32 {
    if n == 0 {
        return acc;
    }
    sum_down(n - 1, acc + n * 1000)
}

fn main() {
    println!("{}", sum_down(10, 0)wn(100, 1.5));
    println!("{}" sum_down(100000, 0));
}
