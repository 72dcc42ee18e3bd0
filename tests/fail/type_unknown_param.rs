fn area(w: Int, h: i32) -> i32 {
    w * h
}

fn main() {
    println!("{}", area(2, 3));
}
