fn main() {
    let x = 5;
    println!("{x}");
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
    let y = 1;
    let y = {
        let y = y + 1;
        y * 10
    };
    println!("{y}");
    let mut z = 3;
    z += 1;
    let z = z;
    println!("{z}");
    for x in 0..2 {
        let x = x + 40;
        println!("{x}");
    }
    println!("{x}");
}
