fn f() -> Result<u8, ()> {
    let x = try!(g());
    Ok(x)
}
