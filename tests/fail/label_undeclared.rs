fn main() {
    let mut i = 0;
    'outer: loop {
        i += 1;
        if i > 3 {
            break 'outr;
        }
    }
}
