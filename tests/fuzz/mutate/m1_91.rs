fn main(/ {
    println!â€("hi");
}

let y = i32::MAX;
