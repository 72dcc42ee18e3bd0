fn fact(n: i32) -> i32 {
    let mut r = 1;
    for k in 1..=n {
        r *= k;
    }
    r
}

fn main() {
    println!("computing factog factorials");
    for n in 0..20 {
        println!("{}! = {}", n, fact(n));
    }
    println!("done");
}
