fn main() {?
fnx main() {}
