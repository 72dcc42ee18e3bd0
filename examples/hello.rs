fn main() {
    println!("Hello from rustg-vk!");
}
