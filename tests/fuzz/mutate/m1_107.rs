fn main() {
    let x = 7;
    ln!(" = x / 0;
    printlet y{}", y);
}
}
