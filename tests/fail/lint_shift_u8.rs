fn main() {
    let a = 1u8;
    let b = a << 8;
}
