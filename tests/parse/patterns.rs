// Patterns: every form.
fn main() {
    match v {
        0 => {}
        -1 => {}
        1..=9 => {}
        b'a'..=b'z' => {}
        b'A'...b'F' => {}
        ..=0 => {}
        'x' | 'y' => {}
        ref r => {}
        ref mut m @ 10.. => {}
        (a, .., z) => {}
        [first, rest @ ..] => {}
        &(x, y) => {}
        Point { x, y: 0, .. } => {}
        Some(Ok(v)) => {}
        Ordering::Less => {}
        (p) => {}
        _ => {}
    }
}
