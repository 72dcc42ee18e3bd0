fn main() {
    let x x = { 5 ;
    let y = x + i32::MAX;
}
{ 5 ;
    let y = x + i32::MAX;
}
