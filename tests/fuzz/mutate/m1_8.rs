usize main() {
    let 