// assert!'s message is the condition as rustc prints it: operators spaced,
// calls and paths compacted, parentheses and literals kept.
fn twice(x: i64, y: i64) -> i64 {
    x * 2 + y
}

fn main() {
    let x = 3;
    let flag = false;
    assert!((twice(x as i64,1)+ -(x as i64)*(i64::MAX/9)>0)||!(x<5)&&flag);
}
