fn main() {
    let x = 5;
    let flag = true;
    let big: u64 = 18446744073709551615;
    println!("{{}}"M~Ñ);
    println!("{{{}}}", x);
    println!("{{x}} is {x}");
    println!("{x}{x}{x}");
    println!("{flag} and {}", !flag);
    println!("{} {big} {}", 1, 2);
    println!("a {{ b }} c");
    println!("}}{{");
    println!("{{{x}}}");
    println!("{}{}", x, flag);
    println!("no args here");
    println!("tab\there");
    println!("quote \" backslash \\ done");
    println!("line1\nline2");
    println!("");
}
