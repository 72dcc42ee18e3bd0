//= Precedence and associativity. Binary operators parse as a flat list under
//= their level's first operand: each operator node takes the fold of the
//= siblings before it as its left operand (see rust.g's header).
a - b - c;

a = b = c;

-x.f();

&a as *const T;

|x| x + 1 + 2;

return a || b;

a + b * c - d / e % f;

a * b + c * d;

a || b && c || d;

a == b && c != d;

a | b ^ c & d << e >> f;

x as u8 as char;

a.b.c().d[0]?;

!a.b && -c;

a += b -= c;

*p = *q + 1;

a..b + 1;

x = y..;

a < b == (c > d);

a == b == c;

a <= b ;

//= rustc rejects this too: `<` after a cast type opens generic arguments
x as u8 < y;

x as u64 > y;

//= `return` `break` `continue` right after an operator hold one unary operand.
if !return () {}

a || return b.c;

-break + 1 && continue;
