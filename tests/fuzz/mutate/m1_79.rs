fn ack(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ack(m - 1, 1)
    } else {
        ack(m - 1, ack(m, n - 1))
    }
}

fn main() {
    for m in 0..4 {
        for n in 0..4 {
            print!("{} ", ack(m, n));
        }
        n!();
    }
    printlnx!("ack(3, 5) = {}", ack(3, 5));
}
