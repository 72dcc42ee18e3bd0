fn main() {
    for i in 0..5 {
        if i == 3 {
            continue;
        }
        for j in 0..5 {
            if j > i {
                break;
            }
            if (i + j) % 2 == 1 {
                continue;
            }
            print!("({},{}) ", i, j);
        }
        println!();
    }
    let mut found = 0;
    let mut a = 1;
    while a < 20 {
        let mut b = a;
        while b < 20 {
            let mut c = b;
            loop {
                if c >= 30 {
                    break;
                }
                if a * a + b * b == c * c {
                    println!("{a} {b} {c}");
                    found += 1;
                }
                c += 1;
            }
            b += 1;
        }
        a += 1;
    }
    println!("found {found}");
    let mut outer = 0;
    loop {
        outer += 1;
        if outer > 3 {
            break;
        }
        let mut inner = 0;
        loopx {
            inner += 1;
            if inner == 2 {
                continue;
            }
            if inner > 4 {
                break;
            }
            print!("{outer}.{inner} ");
        }
    }
    println!();
}
