//= Generics, bounds, where clauses
fn f<'a, 'b: 'a, T: ?Sized + Clone + 'a, const N: usize, U = u8>(x: &'a T) {}

fn g<T>(x: T) where T: Iterator<Item = u8> + Send, for<'a> &'a T: IntoIterator, {}

impl<'a, T: Display + ?Sized> Show for &'a T where T: 'a {}

struct S<T, const N: usize = 3> where T: Default { a: [T; N] }

fn h() -> impl Fn(u8) -> u8 + Send + 'static { |x| x }

fn k<F>(f: F) where F: for<'a> Fn(&'a u8) -> &'a u8 {}

trait T<A = Self>: Sized where A: Copy { fn m<B>(b: B) where B: Into<A>; }

let v: Vec<Vec<u8>> = Vec::new();

fn c() -> Foo<{ N + 1 }, -1, 'a> {}

impl<T: ~const Clone> const Clone for W<T> {}

type M: Copy + AsRef<[u8]> + AsMut<[u8]>;

fn f<V>() where V: Into<[u8; 4]> + From<[u8; 4]> + Copy {}
