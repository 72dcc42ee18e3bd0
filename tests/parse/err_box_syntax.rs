fn main() {
    let b = box 5;
}
