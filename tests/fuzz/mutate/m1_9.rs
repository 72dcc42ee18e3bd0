fn println() {
    let_ n = 1;
    if n {
        println!("one");
    }
}
