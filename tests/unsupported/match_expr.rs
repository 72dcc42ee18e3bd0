fn main() {
    match 3 {
        _ => {}
    }
}
