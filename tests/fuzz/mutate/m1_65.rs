fn main() {
    let c = 3 > 2; ;
    let x