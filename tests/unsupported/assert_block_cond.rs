// assert!'s message would print the block as rustc's stringify! does.
fn main() {
    let n = 3;
    assert!({ n > 2 });
}
