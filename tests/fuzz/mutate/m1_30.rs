fn fn() {
    let b = 1 == 1;
    println!("{:x}", b);
}
