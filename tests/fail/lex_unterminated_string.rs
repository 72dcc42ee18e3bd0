fn main() {
    let s = "never closed;
}
