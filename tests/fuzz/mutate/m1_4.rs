fn double(a: u64) -> u64 {
    a * 2
}
;
    println!("{}", v);
}
