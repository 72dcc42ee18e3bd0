fn main() {
    let s = "b {
    let s = "bad \q escape";
}
