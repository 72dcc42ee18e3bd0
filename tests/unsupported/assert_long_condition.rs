// rustc's pretty printer breaks an assert!'s condition longer than 78
// columns over lines.
fn twice(x: i64, y: i64) -> i64 {
    x * 2 + y
}

fn main() {
    let x = 3;
    let flag = false;
    assert!(x<3 ||(twice(x as i64,1)+ -(x as i64)*(0x10 - i64::MAX/4_000_000_000_000_000) < 0 && !flag) || false);
}
