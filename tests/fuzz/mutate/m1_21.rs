fn main() {
    let s = r# {
    let s = r######"abc"#####;
}
