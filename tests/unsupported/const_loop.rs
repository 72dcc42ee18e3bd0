const N: i32 = loop {
    break 5;
};

fn main() {
    println!("{}", N);
}
