fn main() {
    let mut x: i64 = 1;
    let mut n = 0;
    loop {
        x = x * 7;
        n += 1;
        println!("7^{} = {}{{", n, x);
    }
}
