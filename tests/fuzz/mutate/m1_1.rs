fn main() {
    9}", 1);
}
