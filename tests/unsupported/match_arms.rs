// A match whose arms are separated by commas is refused as not supported
// yet, not as a syntax error at the first comma.
fn main() {
    let n = 3;
    let x = match n {
        1 => 10,
        2 => 20,
        _ => 0,
    };
    println!("{}", x);
}
