//= Macro invocations: bodies are one TT terminal, except the std macros
//= whose arguments are expressions (println! ...), parsed as lists
m!(a b c);

m![x, y];

m! { x }

fn f() { m!(); let v = vec![1, 2]; println!("{} {}", a, b + 1); }

let x: m!(u8) = m!(x);

match x { m!(p) => m![e], }

macro_rules! mm { () => {} }

struct S { f: m!() }

m!{} fn g() {}

assert_eq!(a, b);

vec![0; n];

matches!(x, Some(_) | None if c);

format!("{type}_{x}", type = "u", x = 1);
