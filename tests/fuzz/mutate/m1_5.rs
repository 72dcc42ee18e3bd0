fn main() {
    let x = 5;
    println!("{x}");
    let x = x * 2;
    println!("{x}");
    {
        let x = x + 100;
        println!("inner {x}");
        let x = x > 100;
        println!("inner {x}");
    }
    println!("outer {x}");
    let x: u8 = 7;
    let x = x as i64 - 10;
    println!("{x}");
    le