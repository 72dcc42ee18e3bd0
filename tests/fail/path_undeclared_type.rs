fn main() {
    Foo::bar(3);
}
