fn main() {
    let s = r######as"abc