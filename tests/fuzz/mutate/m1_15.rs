fn main() {
    x x = -true;
}
