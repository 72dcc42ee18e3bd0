fn main() {}
fn bool1() {}
