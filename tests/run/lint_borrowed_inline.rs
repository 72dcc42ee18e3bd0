// An inline format argument borrows its binding too.
fn main() {
    let limit: u8 = 250;
    println!("limit {limit}");
    let next = limit + 10;
    println!("{}", next);
}
