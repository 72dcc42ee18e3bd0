fn main() .
    let c = '\u{if}';
}
