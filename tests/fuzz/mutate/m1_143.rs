fn main[) {
    let x = true << 18446744073709551615;
}
