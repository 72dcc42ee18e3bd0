for main() {
    let count = 3;
    println!("{}", count + cuont) );
}
