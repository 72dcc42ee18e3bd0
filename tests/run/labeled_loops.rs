// Labeled loop, while and for; break and continue to an outer label, with
// and without a value; labels shadowing outer ones.
fn find(limit: i32) -> i32 {
    let found = 'search: loop {
        let mut a = 1;
        while a < limit {
            let mut b = a;
            while b < limit {
                if a * b == 42 && a + b == 13 {
                    break 'search a * 100 + b;
                }
                b += 1;
            }
            a += 1;
        }
        break -1;
    };
    found
}

fn main() {
    let mut count = 0;
    'outer: for i in 0..10 {
        'inner: for j in 0..10 {
            if j > i {
                continue 'outer;
            }
            if (i + j) % 3 == 0 {
                continue 'inner;
            }
            if i == 8 {
                break 'outer;
            }
            count += 1;
        }
    }
    println!("count = {}", count);
    println!("find = {}", find(20));
    println!("find = {}", find(5));

    let mut n = 0u32;
    'w: while n < 100 {
        n += 1;
        let mut m = 0;
        loop {
            m += 1;
            if m == 3 {
                break;
            }
            if n % 7 == 0 {
                break 'w;
            }
        }
    }
    println!("n = {}", n);

    // the inner 'a shadows the outer one
    let mut steps = 0;
    'a: loop {
        steps += 1;
        'a: loop {
            steps += 10;
            break 'a;
        }
        if steps > 30 {
            break 'a;
        }
    }
    println!("steps = {}", steps);

    let v: u8 = 'x: loop {
        'y: loop {
            break 'x 7;
        }
    };
    println!("v = {}", v);

    let mut total = 0i64;
    'rows: for r in 1..=4 {
        let mut c = 0;
        'cols: while c < 10 {
            c += 1;
            if c == r {
                continue 'cols;
            }
            if c > r + 2 {
                continue 'rows;
            }
            total += (r * 10 + c) as i64;
        }
    }
    println!("total = {}", total);
}
