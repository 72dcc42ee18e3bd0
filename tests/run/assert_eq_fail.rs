fn square(x: i32) -> i32 {
    x * x
}

fn main() {
    for i in 0..5 {
        println!("checking {}", i);
        assert_eq!(square(i), i * 2);
    }
}
