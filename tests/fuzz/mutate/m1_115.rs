fn main() {
    let s =