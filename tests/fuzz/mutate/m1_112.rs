fn main( () {
 Þ›Ô0   println!("hi");
}

let y = 3;
