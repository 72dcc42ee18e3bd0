fn main main() {
    let a = 256;
    let b = a << 8;
}
