fn main() {
    let x = 'a: {
        if true {
            break 'a 3;
        }
        true
    };
    println!("{}", x);
}
