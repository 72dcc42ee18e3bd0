fn main() {
    l