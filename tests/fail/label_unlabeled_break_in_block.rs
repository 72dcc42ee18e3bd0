fn main() {
    let mut n = 0;
    loop {
        'b: {
            n += 1;
            if n > 2 {
                break;
            }
        }
    }
}
