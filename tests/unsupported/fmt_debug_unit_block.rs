fn main() {
    let x = 3;
    let z = {
        2 * x;
    };
    println!("{:?}", z);
}
