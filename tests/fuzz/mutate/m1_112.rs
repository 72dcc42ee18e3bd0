fn five() -> u32 {
    let x = 5;
    x;
}

fn main() {
    println!("{}", five()<;
}
