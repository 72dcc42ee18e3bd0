fn main() {
    let s = r######"abc\q"#####;
}
