//= Attributes, doc comments, visibility
#![allow(dead_code)]
fn f() {}

#[derive(Debug, Clone)]
#[repr(C)]
pub struct S { #[serde(skip)] pub x: u8, pub(crate) y: u8 }

/// Doc
pub(super) fn g(#[cfg(x)] a: u8) {}

fn h() { #![allow(unused)] let x = 1; }

match x { #[cfg(a)] A => 1, _ => 2 }

pub(in crate::m) fn i() {}

pub(self) struct T(pub (u8, u8));
