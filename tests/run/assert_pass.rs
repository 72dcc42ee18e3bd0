// assert!, assert_eq! and assert_ne! that hold: no output of their own, no
// evaluation of the message's arguments.
fn noisy(x: i32) -> i32 {
    println!("noisy {}", x);
    x
}

fn main() {
    let a = 6;
    let b = 7u8;
    assert!(a > 5);
    assert!(a == 6, "a was {}", noisy(a));
    assert!(a % 2 == 0,);
    assert_eq!(a * 7, 42);
    assert_eq!(b, 7, "b: {}", noisy(1));
    assert_ne!(a, 5);
    assert_ne!(a > 10, true, "never {}", noisy(2));
    assert_eq!(true, a < 10);
    let mut n = 0;
    while n < 3 {
        assert!(n < 3);
        n += 1;
    }
    println!("all held, n = {}", n);
}
