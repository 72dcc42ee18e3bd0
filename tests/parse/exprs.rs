// Expressions: precedence and associativity as the Reference gives them.
fn main() {
    let a = 1 - 2 - 3;
    let mut b = 0;
    let c;
    b = c = 4;
    let d = -x.f();
    let e = &a as *const i32;
    let g = |x| x + 1 + 2;
    let h = 1..=5;
    let i = ..;
    let j = a..;
    let k = ..b;
    let l = a || b && c == d | e ^ f & g << 2 + 3 * -4;
    let m = t.0.1;
    let n = v[i][j](k)?.await;
    let o = S { a: 1, b, ..Default::default() };
    let p = [0u8; 16];
    let q = (1,);
    let r = <Vec<u8> as Default>::default();
    let s = Vec::<u8>::with_capacity(4);
    let t = move |x: u32| -> u32 { x * 2 };
    let u = async move { 1 };
    let v = unsafe { *ptr };
    let w = 'outer: loop { break 'outer 5; };
    let x = if let Some(y) = z { y } else { 0 };
    let y = match z { Some(0) | None => 1, Some(n) if n > 1 => n, _ => 2 };
    let z = !a as i64 * b;
    b += 1;
    b <<= 2;
    return a || b;
    match if c { a } else { b } { _ => {} }
    while x < if c { 1 } else if d { 2 } else { 3 } {}
    if a {} else {} {}
    let n = unsafe { p }.len() + unsafe { *q } as usize;
    let v = async move { 1 }.await + async { 2 }.await;
    let f = if z { a } else { 0 } | b | c;
    let h = match x { _ => 1 } - 1;
    if a {} else {} - 1;
    if { a } || { b } { c }
    if match &x { _ => true } && if y { 1 } else { 2 } == 1 { d }
}
