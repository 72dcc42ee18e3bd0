// rustc prints a run-time panic's column in display width: a tab counts 4,
// a wide character (CJK, emoji) 2, a combining mark 0.
fn zero() -> i32 {
    0
}

fn main() {
    let a = 7;
    println!("{}", a);
	let q = /* 中文 😀 é̃ µ */ a / zero();
    println!("{}", q);
}
