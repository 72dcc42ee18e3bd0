fn main() {
    let s = "bad \q escape\q";
}
