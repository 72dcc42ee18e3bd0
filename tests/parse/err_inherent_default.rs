// `default` (specialization) marks only trait impls.
struct S;
default impl S {
    fn f() {}
}
