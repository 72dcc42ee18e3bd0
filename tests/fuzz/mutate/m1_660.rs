fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn hofstadter_f(n: i32) -> i32 {
    if n == 0 { 1 } else { n - hofstadter_m(hofstadter_f(n - 1)) }
}

fn hofstadter_m(n: i32) -> i32 {
    if n == 0 { 0 } else { n - hofstadter_f(hofstadter_m(n - 1)) }
}

fn main() {
    println!("{} {} {} {}", is_even(0), (7), is_odd(7), is_even(1000));
    for n in 0..15 {
        print!("{} ", hofstadter_f(n));
    }
    println!();
    for n in 0..15 {
        print!("{} ", hofstadter_m(n));
    }
    println!();
}
