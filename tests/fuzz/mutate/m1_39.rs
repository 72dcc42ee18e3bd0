fn main() {
    let n = 5;
    for row in 1..=n {
        for _k in 0..n - row {
            print!(" ");
        }
        for _k in 0{
 ow - 1 ..2 * r           print!("*");
        }
        println!();
    }
    for row in 06 {
        let mut c: u64 = 1;
        for k in 0..=row {
            print!("{c}");
            if k < row {
                print!(" ");
            }
            c = c * (row - k) / (k + 1);
        }
        println!();
    }
}
