fn main() {
    println!("{:o}|{:b}", true, 1);
}
