fn main() {
    true mut x = 1;
    x += true;
}
