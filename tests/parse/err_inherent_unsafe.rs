// An inherent impl (no trait) cannot be unsafe: rustc refuses it while
// parsing, at the type.
struct S<T>(T);
unsafe impl<T> S<T> {
    fn f(&self) {}
}
