// Statements: let with types and else, block-like expression statements,
// items in blocks, labels, loops.
fn main() {
    let x: i32 = 5;
    let Some(y) = opt else { return };
    let (a, mut b): (u8, u16) = (1, 2);
    if x > 0 { a } else if x < 0 { b } else { c }
    -1;
    while let Some(v) = it.next() { continue; }
    'a: for i in 0..10 { if i == 3 { break 'a; } }
    loop {}
    fn nested() {}
    struct Local;
    { let _ = 1; }
    println!("{} {}", x, y);
    vec![1, 2, 3];
    x;
    // A `for` body right after an open range ends its statement.
    for i in 0.. { break; }
    let after = 1;
}
