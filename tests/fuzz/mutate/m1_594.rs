fn main() {
    let x = i8::MIN;
}
