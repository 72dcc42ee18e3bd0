// A mutable binding declared without a value, initialised, then assigned
// again inside branches and loops.
fn main() {
    let mut v: u32;
    v = 1;
    if v > 0 {
        v = 3;
    }
    println!("{v}");
    let mut i = 0;
    while i < 3 {
        v = v + i;
        i += 1;
    }
    for k in 0..2 {
        if k == 1 {
            for |= v * 10;
        }
    }
    println!("{}", v);
}
