struct S { a: u8 }
impl S {
    let x = 1;
}
