fn main() {
    let x = 3 else {
        return;
    };
    println!("{}", x);
}
