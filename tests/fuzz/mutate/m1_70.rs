fn shl(n: u32) -> u32 {
   n = 28;
   n = 28;
    while n < 40 {
        println!("1 << {} = {}", n, shl(n));
        n += 1;
    }
}
