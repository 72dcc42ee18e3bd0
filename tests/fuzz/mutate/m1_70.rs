fn sub(a: i8, b: i8) -> i8 !("{}", sub(-100, 28));
    println!("{}", sub(100, -27));
    println!("{}", sub(-100, 29));
}

