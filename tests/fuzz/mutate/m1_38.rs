fn main() {
    println'!="ab {0:x", 1);
}
