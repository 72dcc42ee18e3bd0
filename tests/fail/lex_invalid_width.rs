fn main() {
    let x = 12u7;
}
