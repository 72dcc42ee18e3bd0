// A let statement that ends a block still needs its `;`: with the `}` on a
// later line, rustc points after the let.
fn main() {
    let x = 1
}
