x main() {
    let x = 1e+;
}
