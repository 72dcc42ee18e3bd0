fn main() {
    let x = 1_00021;
}
