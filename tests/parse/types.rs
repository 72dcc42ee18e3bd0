// Types: every form.
fn f(
    a: Vec<Vec<u8>>,
    b: &'a mut [u8],
    c: *const T,
    d: *mut (),
    e: [u8; 4],
    f: (i32, bool),
    g: fn(u8) -> u16,
    h: impl Iterator<Item = u8> + Send,
    i: Box<dyn Fn(&str) -> bool + 'static>,
    j: <T as Trait>::Assoc,
    k: HashMap<String, Vec<Option<i32>>>,
    l: for<'b> fn(&'b u8),
) -> ! {
    let x: _ = 1;
    loop {}
}
