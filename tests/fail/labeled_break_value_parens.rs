fn main() {
    let x = loop {
        break 'a: loop {
            break 'a 1;
        };
    };
    println!("{}", x);
}
