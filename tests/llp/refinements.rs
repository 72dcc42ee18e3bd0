//= Where the refinement rules decide (see rust.g's header)
v.iter().map(|x: Vec<u8>| x.len()).filter(|_| true);

f(|(a, b)| a | b, |S { x }| x);

let g = |x| |y| x || y;

if let Some(x) = y { x } else { 0 };

while let Ok(n) = S::read(&mut r) {}

if x == S::A { 1 } else { 2 };

let s = S { a: 1 };

match s { S { a } | T { a } if a > 0 => a, _ => 0 }

impl<const N: usize> Foo<{ N }> for [u8; N] {}

fn f() -> Vec<u8> where u8: Copy, {}

match unsafe { f() } { _ => {} }

let r = &mut *p;

a & &b;

x - -y;

a * *b;

x as *const u8 as usize;

type A<T> = Vec<T>;

<<T as A>::B as C>::D;

use a::{b::*, c};
