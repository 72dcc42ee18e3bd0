fn main() {
    let y = (return y = ());
}
