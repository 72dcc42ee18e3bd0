fn main(. {
    let x: i32;
    x = x != true;
}
