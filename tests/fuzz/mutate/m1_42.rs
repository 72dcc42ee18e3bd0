fn main() {
    let x x = 5
    let  = 6;
    println!("{}", x + y);
}
n!("{}", x + y);
}
