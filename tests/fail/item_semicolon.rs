fn main() {}
;
