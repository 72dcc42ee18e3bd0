fn main[) {
    let x = 18446744073709551615 + true;
}
