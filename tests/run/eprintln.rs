// eprintln! and eprint! write to stderr, with the same format specs as
// println!; stdout's complete lines come first when both share a file.
fn main() {
    let x = 42;
    print!("partial ");
    eprintln!("to stderr: {}", x);
    println!("line");
    eprint!("no newline {:>5}|", x);
    eprint!("{:#x} {}\n", 255, true);
    eprintln!();
    println!("{}", x + 1);
}
