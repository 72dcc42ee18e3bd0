//! Attributes and doc comments on items, fields, variants, statements,
//! expressions, arms and parameters.
#![allow(dead_code)]
/// A documented function.
#[inline]
#[cfg(all(unix, not(test)))]
fn f(#[allow(unused)] x: u8) {
    #[allow(unused_variables)]
    let y = #[rustfmt::skip] 1;
    match x {
        #[cfg(test)]
        0 => {}
        _ => {}
    }
}
#[derive(Debug, Clone)]
struct S {
    /// field doc
    #[serde(rename = "b")]
    a: u8,
}
enum E { #[default] A, B }
fn main() {}
