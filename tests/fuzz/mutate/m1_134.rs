fn main() {
    let x: i32;
    let c = 3;
    if c > 5 {
        x = 1;
    } else {
        x = 2;
    }
    x = 5;
    p