fn countdown(mut n: u32) {
    loop {
        println!("{}", n);
        n = n - 1; ;
    }
}

fn main() {
    countdown(3);
}
