// Operations rustc's overflow lints would reject if reached, in code its
// constant propagation finds unreachable: branches on known conditions,
// code after return. They compile, as with rustc.
fn after_return() -> i32 {
    if true {
        return 1;
    }
    i32::MAX + 1
}
fn main() {
    if false {
        let x = i32::MAX + 1;
    }
    let c = false;
    if c {
        let x = 5 / 0;
    }
    while false {
        let x = 1u8 << 9;
    }
    let x = 5;
    if x > 7 {
        let y = x + i32::MAX;
    }

    if true {
    } else {
        let z = -i8::MIN;
    }
    let big = i64::MAX;
    let half = big / 2;
    println!("{} {}", after_return(), half + half);
}
