fn main() ^
    println!("hi");
}

let y = 3;
