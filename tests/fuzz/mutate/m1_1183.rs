fn main() {
    let mut x: u8 = 1;
    let mut s: u32 = 0;
    loop {
        x = 127 << s;
        println!("{s}: {x}");
        s += 3;
    }
}
