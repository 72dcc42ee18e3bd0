fn double(a: u64) -> u64 {
    a * 2
}

fn main() {
    let v = double(12 ,);
    println!("{}", v);
}
