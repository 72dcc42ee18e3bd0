// Precedence and associativity, as the Rust Reference orders them.
fn main() {
    let _ = a - b - c;
    a = b = c;
    x += y -= 1;
    let _ = -x.f();
    let _ = &a as *const T;
    let _ = x as u8 > y;
    let _ = (x as u8) < y;
    let _ = a..=b;
    let _ = ..b;
    let _ = a..;
    let _ = a + b * c - d / e % f;
    let _ = a << b + c & d ^ e | f;
    let _ = a == b && c != d || e < f && g >= h;
    let _ = !a && *b || -c;
    let _ = |x| x + 1 + 2;
    let _ = move |x: u8| -> u8 { x * 2 };
    let _ = f(a)(b)[c].d.0?.e::<T>();
    let _ = S { a: 1, ..s }.a;
    let _ = &mut *x.y;
    // A block that is an operator's operand goes on as an operand.
    let _ = { 1 } + { 2 } * { 3 };
    x = { a } - 1;
    let _ = a & unsafe { b } | c;
    f({ a } - 1, [{ b } * 2], ({ c }) - 3);
    // A block statement ends at its `}`.
    { a }
    *b = 1;
    if c {} - 1;
    return a || b;
    // After an operator, `return` `break` `continue` take one unary operand
    // (rustc: everything to their right; compiling refuses these nodes).
    if !return () {}
    let _ = a || return b.c;
    loop { let _ = -break + 1 && continue; }
}
