// `break 'a { .. }`: a block value after a label; after a bound's
// lifetime the `{` is still the body's.
fn f<'a, T: 'a>(x: &'a T) -> &'a T where T: 'a {
    x
}

fn main() {
    let v = 'a: loop {
        break 'a { 5 } + 1;
    };
    let w = 'b: {
        break 'b { let x = 2; x };
    };
}
