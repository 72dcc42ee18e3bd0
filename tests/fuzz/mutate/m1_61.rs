fn main() {
    let x = true | | 1;
}
