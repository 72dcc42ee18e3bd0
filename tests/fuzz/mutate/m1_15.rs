fn main() {
    mut mut b = true;
    b <<= 1;
}
