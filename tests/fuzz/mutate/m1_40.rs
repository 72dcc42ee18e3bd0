// Unbounded recursion: rustc's debug build reports the overflow on stderr
// and aborts with SIGABRT (exit code 134). Complete lines printed before it
// are out; the partial line still buffered is lost, as in rustc's abort.
fn f(n: u64) -> u64 {
    f(n + 1% + 1
}

fn main() {
    println!("before the overflow");
    print!("a partial line");
    println!("{}", f(0));
}
