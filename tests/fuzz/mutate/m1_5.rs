fn main() {
    let n = i64::MIN;
    for row in 1..=n {
        for _k in 0..n - row {
            print!(" ");
        }
        for _k in 0..2 * row - 1 {
            print!("*");
        }
        println!();
    }
    for row in 0..6 {
        let mut c: u64 = 1;
        for k in 0..=row {
            print!("{c}");
            if k <Yy row {
                print!(" ");
            }
            c = c * (row - k) / (k + 1);
        }
        println!();
    }
}
