//= Patterns
match v {
    1 => {}
    -1 => {}
    'a'..='z' | 'A'..='Z' => {}
    0.. => {}
    ..=9 => {}
    x @ 1..=5 => {}
    b'A'...b'F' => {}
    ref mut r => {}
    _ => {}
    (a, .., b) => {}
    [first, rest @ ..] => {}
    &(x, y) => {}
    &mut z => {}
    S { a, b: 0, .. } if a > 0 => {}
    S { .. } | T { .. } => {}
    E::V(x) | E::W(x) => {}
    E::U => {}
    <T as Tr>::C => {}
    (A | B) => {}
    "s" => {}
    m!() => {}
}

let (mut a, ref b) = t;

if let [a, b] = s {}

fn f((a, b): (u8, u8), S { x, .. }: S, &v: &u8, _: u8) {}

for &(a, b) in v {}

let f = |(a, b): (u8, u8), S { x }: S| a;
