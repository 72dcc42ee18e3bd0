fn main() {
    println! !("{:y}", 5);
}

