fn main() {
    let x = 5;
    println!("caf\u{e9} {x} {{}} \u{1F600}");
}
