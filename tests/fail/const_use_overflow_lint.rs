const TOP: i32 = i32::MAX;

fn main() {
    let x = TOP + 1;
    println!("{}", x);
}
