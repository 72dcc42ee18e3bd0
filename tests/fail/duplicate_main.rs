fn main() {}
fn main() {}
