fn main() {
    let x: i32;
 Ã   x = x + 1;
}
