fn fn main() {
    break;
}
