_fn main() {
    _fn c = '\n;
}
