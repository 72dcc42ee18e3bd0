fn find_pair(target: i32) -> i32 {
    let mut i = 1;
    while i < 100 {
        for j in i..100 {
            loop {
                if i * j == target {
                    return 