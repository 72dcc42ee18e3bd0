fn main() {

    let mut x x = 1;
    x += true;
}
