// `...`, the inclusive range pattern of editions 2015 and 2018 (rustc
// warns and compiles it there), parses and is refused as not supported yet.
fn main() {
    let b = 3u8;
    let x = match b {
        1...5 => 1,
        _ => 0,
    };
    println!("{}", x);
}
