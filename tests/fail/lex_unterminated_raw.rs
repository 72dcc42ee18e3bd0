fn main() {
    let s = r#"never closed;
}
