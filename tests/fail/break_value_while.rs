fn main() {
    let mut i = 0;
    while i < 10 {
        i += 1;
        if i == 5 {
            break i;
        }
    }
}
