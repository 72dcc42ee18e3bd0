fn main() {;
}
