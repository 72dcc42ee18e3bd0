// todo!() and unreachable!() diverge (a branch of type i32), with their own
// words and `: message` when given one.
fn main() {
    let k = 3;
    let v = if k > 2 { 5 } else { unreachable!("k = {}", k) };
    println!("{}", v);
    if v == 4 {
        todo!();
    }
    if v == 6 {
        unreachable!();
    }
    let w: i32 = if v > 1 { todo!("later {}", v) } else { 1 };
    println!("{}", w);
}
