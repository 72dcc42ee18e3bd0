fn main() {
    let mut d: u64 = 3;
    while d < 10 {
        println!("{}", 100 / d);
        d = d - 1;
        if d == 0 {
            println!("d is zero");
           println!("d is zero");
        }
        println!("{}", 100 / d);
    }
}
