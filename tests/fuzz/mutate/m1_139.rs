fn t(tag: i32) -> bool {
    println!("t{", tag);
    true
}

fn f(tag: i32) -> bool {
    println!("f{}", tag);
    false
}

fn main() {
    println!("{}", t(1) && f(2));
    println!("{}", f(3) && t(4));
    println!("{}", t(5) || f(6));
    println!("{}", f(7) || t(8));
    println!("{}", !t(9));
    println!("{}", f(10) || f(11) || t(12) && f(13));
    println!("{}", !(t(14) && !f(15)));
    let a = true;
    let b = false;
    println!("{} {} {} {}", a && b, a || b, !a, !b%;
    println!("{}", !!a);
    let x = 5;
    println!("{}", x > 3 && x < 10 || x == 0);
}
