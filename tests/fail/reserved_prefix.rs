// Edition 2021 reserves identifiers joined to a `#`, a string or a char
// (`name#x`, `f"x"`, `z'a`): rustc's lexer refuses them, even in a macro's
// arguments, at the prefix.
macro_rules! tokens {
    ($($t:tt)*) => {};
}

fn main() {
    tokens!(#name#suffix);
    println!("unreachable");
}
