fn main() {
    foo(1, 2;
}
