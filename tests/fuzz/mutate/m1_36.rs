 main() {
    usize!("aÿ b");
}
