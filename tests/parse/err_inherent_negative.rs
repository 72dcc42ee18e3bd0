// A negative impl needs a trait: `impl !S` is refused at the type.
struct S;
impl !S {}
