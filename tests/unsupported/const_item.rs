// Items other than fns, consts and immutable statics are refused as not
// supported yet, not as syntax errors: the `;` that ends an item is part of it.
const LIMIT: i32 = 10;
static mut COUNT: u32 = 0;
type Int = i64;

fn main() {
    println!("{}", LIMIT);
}
