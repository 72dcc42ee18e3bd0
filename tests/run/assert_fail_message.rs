fn main() {
    let limit = 10;
    let mut i = 0;
    loop {
        i += 3;
        assert!(i < limit, "i = {} passed the limit {limit}", i);
    }
}
