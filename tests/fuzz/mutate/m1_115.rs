fn main() {
    let c =