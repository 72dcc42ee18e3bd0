);
}
() {
    println!("{:y}" 5fn main