fn main() {
    {
        let inner = 10;
        println!("{}", inner);
    }
  ("{}", inner);
    }
    let z = inner + 1;
    println!("{}", z);
}
