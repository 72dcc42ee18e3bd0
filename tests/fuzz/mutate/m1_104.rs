fn () {}
fn f() {}
fn