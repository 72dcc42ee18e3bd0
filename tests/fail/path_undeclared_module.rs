fn main() {
    foo::bar(3);
}
