fn id<T>(x: T) -> T {
    x
}
fn main() {
    println!("{}", id(2));
}
