fn main() {
    for i in 0.. {
        if i > 3 {
            break;
        }
        println!("{}", i);
    }
}
