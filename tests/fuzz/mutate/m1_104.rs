fn main( {
    println!("{}", 1, 1u7);
}
