// Items: functions with qualifiers, structs, enums, unions, traits, impls,
// type aliases, consts, statics, modules, use trees, extern blocks, macros.
pub(crate) const fn answer() -> u32 { 42 }
async fn later() {}
unsafe extern "C" fn callback(x: i32) -> i32 { x }
struct Unit;
struct Tuple(pub u8, i16);
pub struct Named<'a, T: Clone + 'a, const N: usize = 3> where T: Default {
    pub(super) first: &'a T,
    rest: [T; N],
}
enum Shape { Circle { r: f64 }, Square(f64), Empty = 7 }
union Bits { i: u32, f: f32 }
trait Area: Sized { const SIDES: u8; type Unit; fn area(&self) -> f64; fn name() -> &'static str { "shape" } }
impl Area for Shape { const SIDES: u8 = 0; type Unit = f64; fn area(&self) -> f64 { 0.0 } }
impl<T> Named<'_, T, 3> where T: Clone + Default {}
unsafe impl Send for Bits {}
impl !Sync for Unit {}
// Trait impls may be unsafe, negative, const or default; inherent ones none of those.
unsafe impl const SliceIndex<str> for Full {}
impl<T> !Send for Wrapper<T> where T: Copy {}
default unsafe impl<T> Sync for Wrapper<T> {}
impl<T> const Default for Wrapper<T> {}
type Pair<T> = (T, T);
static mut COUNTER: u64 = 0;
mod inner { pub use super::Shape; }
mod outer;
use std::{collections::{HashMap, HashSet as Set}, fmt::*, self as me};
use ::core::mem;
extern crate alloc;
extern "C" { fn abs(x: i32) -> i32; static errno: i32; }
macro_rules! twice { ($e:expr) => { $e + $e }; }
fn main() {}
fn r#try<R, F: FnOnce() -> R>(f: F) -> R { f() }
