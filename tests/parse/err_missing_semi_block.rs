// A block that is an operand goes on as an expression after its `}`, so the
// let statement still needs its `;`.
fn main() {
    let v = { 1 } + { 2 } * { 3 }
    println!("{}", v);
}
