fn sign(x: i64) -> i32 {
    if x > 0 {
        1
    } else if x < 0 {
        -1
    } else {
        0
    }
}

fn grade(score: u32) -> u32 {
    if score >= 90 {
        4
    } else if score >= 80 {
        3
    } else if score >= 70 {
        2
    } else if score >= 60 {
        1
    } else {
        0
    }
}

fn max3(a: i32, b: i32, c: i32) -> i32 {
    if a > b { if a > c { a } else { c } } else if b > c { b } else { c }
}

fn main() {
    println!("{} {} {}", sign(-5), sign(0), sign(99));
    println!("{} {} {} {} {}", grade(95), grade(85), grade(75), grade(65), grade(10));
    println!("{} {} {}", max3(1, 2, 3), max3(3, 2, 1), max3(2, 3, 1));
    let x = 7;
    let parity = if x % 2 == 0 { 0 } else { 1 };
    println!("{parity}");
    let b = if x > 5 { x > 6 } else { false };
    println!("{b}");
    let y = 10 + if b { 100 } else { 200 };
    println!("{y}");
    if x == 7 {
        println!("seven");
    }
    if x != 7 {
        println!("not seven");
    } else {
        println!("still seven");
    }
}
