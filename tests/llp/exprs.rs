//= Expressions
1; 1.5; "s"; 'c'; b'b'; b"bs"; r"raw"; true; false; 1u8; 0x1f;

a::b::c; a::<u8>::b; Vec::<Vec<u8>>::new(); <T as Tr>::f(x); <Vec<u8>>::new();

x.f(1, 2); x.f::<T>(); x.0; t.0.1; x.await; f(x)(y); a[i][j];

!x; -x; *x; &x; &mut x; &&x; x as u8;

a += 1; a -= 1; a *= 1; a /= 1; a %= 1; a ^= 1; a &= 1; a |= 1; a <<= 1; a >>= 1;

a..b; a..; ..b; ..; a..=b; ..=b;

f()?; x.await?.y;

|a, b: u8| a + b; move || x; |x| -> u8 { x }; || {}; async move { x }; async { 1 };

{ a; b }; unsafe { *p }; const { 1 }; 'l: { break 'l 1 };

if a { b } else if let Some(x) = c { d } else { e };

if let Some(x) = a && let Ok(y) = b && c { x };

match x { Some(y) if y > 0 => y, None | Some(_) => 0, }

'outer: loop { while x { break 'outer; } continue; }

for (i, x) in v.iter().enumerate() { s += x; }

while let Some(t) = st.pop() { }

S { x, y: 1, ..Default::default() }; S { 0: a }; S {};

(); (a,); (a, b); [1, 2, 3]; [0; 16]; [];

return; return x; break; break 'a; break 'a x; continue 'a;

let f = |x| |y| x + y;

x = if c { 1 } else { 2 } + 3;

S { f: |x| x + 1, g: &|| 1, h: move || 2, i: &mut |a: u8| a }

//= a field value that is a closure (FIELD_COLON), and a plain one after it
S { f: return, g: 1 }
