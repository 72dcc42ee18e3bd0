// A `let` that is the last statement of its block shadows nothing outside
// it: the block's scope is empty, and uses after the block see the outer
// binding (bare blocks, if/else branches, loop bodies).
fn f(p: u64) -> u64 {
    if p > 5 {
    } else {
        let p: u8 = 1;
    }
    p
}
fn main() {
    let v: i8 = 100;
    {
        let v: i16 = 6979;
    }
    println!("{}", v);
    let w = 1;
    if w > 0 {
        let w = 5;
    } else {
        let w = 6;
    }
    let mut i = 0;
    while i < 2 {
        i += 1;
        let i = 50;
    }
    for k in 0..2 {
        let w = k * 100;
    }
    println!("{} {} {}", w, i, f(9));
    let x = 7;
    {
        let y = 1;
        {
            let x = y + 1;
        }
        println!("{} {}", x, y)}
    ;
}
