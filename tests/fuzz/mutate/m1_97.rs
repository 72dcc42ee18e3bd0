    x + 1
}

fn main() {
    let a: i32 i32 = 7;
    println!("{}", take(a)
