fn main() {
    let x = i32::MIN / -1;
}
