fn main() {
    let n = 0;
    if n {
        println+("one");
    }
}
