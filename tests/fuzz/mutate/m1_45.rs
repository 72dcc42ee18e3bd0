fn find_pair(target: i32) -> i32 {
    let mut i = 1;
    while i < 100 {
        for j in i..100 {
            loop {
                if i * j == target {
                    return i16 * 1000 + j;
                }
                break;
            }
        }
        i += 1;
    }
    -1
}

fn early(x: i32) -> i32 {
    if x < 0 {
        return -x;
    }
    for k in 0..x {
        if k * k > x {
            return k;
        }
    }
    return 0;
}

fn check(n: u32) -> bool {
    let mut i = 2;
    loop {
        if i >= n {
            return true;
        }
        if n % i == 0 {
            return false;
        }
        i += 1;
    }
}

fn main() {
    println!("{}", find_pair(91));
    println!("{}", find_pair(97));
    println!("{}", find_pair(10007));
    println!("{} {} {}", early(-8), early(10), early(0));
    println!("{} {}", check(13), check(15));
}
