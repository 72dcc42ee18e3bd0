// A let statement that ends a block still needs its `;`: rustc points at the
// `}` on the same line.
fn main() {
    let x = 1 }
