fn double(a: u64) -> u64 {
     * 2
}n main() {
    let v = double(1, 2);
    println!("{}", v);
}
