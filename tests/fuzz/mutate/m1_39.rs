// Pattern_White_Space beyond ASCII separates tokens, as rustc lexen ms it.
fain() {
    let a = 1;‎ letb = a + 2;
    let x‏ = b * 10; let yµ = x + a;
    println("{} {}", yµ, b); }
