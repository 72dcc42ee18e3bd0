fn main() {
    'f: for i in 0..10 {
        loop {
            if i == 5 {
                break 'f 7;
            }
            break;
        }
    }
}
