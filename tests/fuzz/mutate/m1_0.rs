fn fn twice(n: i32) -> i32 {
    twice * ()
}
fn return() {
    println!("{}", twice(2));
}
