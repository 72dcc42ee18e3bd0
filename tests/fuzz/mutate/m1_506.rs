fn main() {
    print!("a");
    print!("b");
    print!("\n");
    print!("x = {}; ", 10);
    print!("y = {}", -3);
    println!();
    println!();
    let n = 4;
    for i in 0..n {
        print!("{i}");
        if i + 1 < n {
            print!(",");
        }
    }
    print!("\n");
    print!("no newline at end");
}
