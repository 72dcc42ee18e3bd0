fn main() {
    for i in 0..3 {
        let y = 5 - 10u8;
    }
}
