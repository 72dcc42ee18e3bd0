// Labeled blocks: `break 'label value` leaves the block with a value, and a
// block may end without a break.
fn classify(x: i32) -> i32 {
    let r = 'c: {
        if x < 0 {
            break 'c -1;
        }
        if x == 0 {
            break 'c 0;
        }
        if x > 100 {
            break 'c 2;
        }
        1
    };
    r
}

fn first_multiple(k: u32) -> u32 {
    'done: {
        for i in 1..100 {
            if i % k == 0 && i > 10 {
                break 'done i;
            }
        }
        0
    }
}

fn main() {
    println!("{} {} {} {}", classify(-5), classify(0), classify(7), classify(1000));
    println!("{} {} {}", first_multiple(7), first_multiple(13), first_multiple(200));
    let mut hits = 0;
    for i in 0..6 {
        'b: {
            if i % 2 == 0 {
                break 'b;
            }
            hits += i;
        }
    }
    println!("hits = {}", hits);
    let x: i32 = 'a: {
        break 'a 41;
    };
    println!("x = {}", x + 1);
    let y = 'outer: loop {
        let z = 'inner: {
            if x > 40 {
                break 'outer 9;
            }
            break 'inner 3;
        };
        break z;
    };
    println!("y = {}", y);
    let flag = 'f: {
        if y == 9 {
            break 'f true;
        }
        false
    };
    println!("flag = {}", flag);
}
