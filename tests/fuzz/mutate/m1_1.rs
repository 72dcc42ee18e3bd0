fn main() {
    
