//! A crate doc comment: documentation only, the program is unchanged.
//! Its second line.

/// Twice `n`.
fn twice(n: i32) -> i32 {
    n * 2
}

/// The sum of 1..=n, by a loop.
///
/// Several lines, and an empty one above.
fn sum_to(n: i32) -> i32 {
    let mut s = 0;
    for i in 1..=n {
        s += i;
    }
    s
}

/** A block doc comment. */
fn main() {
    let v = { 1 } + { 2 } * { 3 };
    println!("{}", { let q = 10; q } - 1);
    println!("{} {} {}", twice(4), sum_to(10), v);
}
