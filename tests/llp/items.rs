//= Items
fn f() {}

pub async unsafe fn g<T>(x: T, y: &mut u8) -> Option<T> where T: Copy { Some(x) }

const fn c() -> u8 { 0 }

extern "C" fn h(x: i32) -> i32 { x }

struct Unit;

struct Tuple(pub u8, String);

struct Named<T> { pub a: T, b: u8 }

struct W<T>(T) where T: Clone;

enum E { A, B(u8, u8), C { x: i32 } = 3, }

union U { a: u8, b: f32 }

trait Tr: Clone + Send { type Item: Copy; const N: usize = 3; fn m(&self) -> Self::Item; fn d(&self) {} }

impl<T> Tr for Vec<T> where T: Copy { type Item = T; fn m(&self) -> T { self[0] } }

impl !Send for X {}

unsafe impl Sync for X {}

impl X { pub fn new() -> Self { X } }

type R<T> = Result<T, Error>;

const N: usize = 10;

static mut COUNT: u32 = 0;

mod a;

mod b { fn inner() {} }

use std::collections::{HashMap, hash_map::Entry as E};

use ::core::fmt::*;

pub(crate) use self::a::{self, b as c};

extern crate alloc;

extern crate std as s;

extern "C" { fn printf(f: *const u8, ...) -> i32; static errno: i32; }

macro_rules! m { ($x:expr) => { $x + 1 }; }

fn a() {} fn b() {}

default fn spec() {}

pub macro m($x:expr) { $x }

macro_rules! r#try { () => {} }

auto trait Send {}

trait Alias = Clone + Send;

use a::{self, *};

pub unsafe fn r#try<R, F: FnOnce() -> R>(f: F) -> R { f() }
