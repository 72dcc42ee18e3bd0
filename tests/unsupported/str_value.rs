fn main() {
    let s = "a string value";
}
