// A text direction override in a string literal (rustc denies it).
fn main() {
    let x = 3;
    println!("x = {} ‮ reversed", x);
}
