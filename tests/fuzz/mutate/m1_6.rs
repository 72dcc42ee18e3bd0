fnx main() {
    let x = (let y = 1);
}
