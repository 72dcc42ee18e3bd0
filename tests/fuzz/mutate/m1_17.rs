fn main() {
    println!("{:o}|{:b}\u{41}", true, 1);
}
