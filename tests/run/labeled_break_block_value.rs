// `break 'a { .. }`: a block as the value of a labeled break, with an
// operator after it.
fn main() {
    let v = 'a: loop {
        break 'a { 5 } + 1;
    };
    let w: u8 = 'b: {
        if v > 3 {
            break 'b { let x = 2; x * 10 };
        }
        0
    };
    println!("{} {}", v, w);
}
