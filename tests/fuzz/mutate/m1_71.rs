main main() {}
fn fn() {}
