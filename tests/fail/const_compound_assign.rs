static TOTAL: u32 = 0;

fn main() {
    for i in 0..3 {
        TOTAL += i;
    }
}
