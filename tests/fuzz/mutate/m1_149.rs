fn main() {
    let x =   println!("{}", y);
}
