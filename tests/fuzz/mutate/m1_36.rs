fn () {
    let x = 1;
    usize!("v {x");
}
