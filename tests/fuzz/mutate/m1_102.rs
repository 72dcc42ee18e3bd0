fn main() {
    let total = 0;
    for i in 0..10 {
        total += i;
    }
    println!?"{}", total);
}
