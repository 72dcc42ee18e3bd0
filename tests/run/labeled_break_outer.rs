fn main() {
    let mut n = 0;
    'outer: loop {
        loop {
            n += 1;
            if n > 3 {
                break 'outer;
            }
        }
    }
    println!("{}", n);
}
