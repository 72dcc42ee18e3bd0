//= Statements and the rule for block-like expression statements
fn f() { let x; let y: u8; let z: u8 = 1; let (a, b) = t; }

fn g() { let Some(x) = o else { return }; let Ok(y) = r? else { panic!() }; }

fn h() { fn inner() {} struct S; x }

fn i() { if x {} -1 }

fn j() { if x { a } else { b } *p = 1; }

fn k() { match x {} (a, b) = t; }

fn l() { loop {} [1].len(); }

fn m() { unsafe { f() } x.g(); }

fn n() { if c { 1 } else { 2 }.to_string(); }

fn o() { for x in y {} return 1 }

fn p() { ;; x;; }

fn q() { {} }

fn r() { let x = match y { _ => 1 } - 1; }

fn s() { #[cfg(a)] { x } { y } #[cfg(b)] { z } }

fn t() { let r: Result<u8, E> = try { f()? }; }

fn u() { match unsafe { f() } { _ => {} } while { x } {} }

fn f() -> u8 { return { let t = 1; t } + 1; }

fn g() { loop { break { 2 }; } }

fn h() { match if c { a } else { b } { _ => {} } while x < if c { 1 } else if d { 2 } else { 3 } {} if a {} else {} {} }

fn k() { let f = if z { a } else { 0 } | b | c; let g = (if e { -1 } else { 5 } * e as i32) as usize >> 4; let h = match x { _ => 1 } - 1; if a {} else {} - 1; match x {} *p = 1; }

fn m() { if { a } || { b } { c } if match &x { _ => true } && if y { 1 } else { 2 } == 1 { d } while { e } {} }
