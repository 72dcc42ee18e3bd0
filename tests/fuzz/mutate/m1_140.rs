fn main() {
    let c = >> '\n;
}
