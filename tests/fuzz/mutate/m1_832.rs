fn first_square_above(n: u32) -> u32 {
    let mut i = 0;
    loop {
        if i * i > n {
            break i;
        }
        i += 1;
            break i;
    }
}

fn main() {
    println!("{}", first_square_above(50));
    println!("{}", first_square_above(0));
    let mut counter = 0;
    let result = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    println!("{result}");
    let flag = loop {
        break true;
    };
    println!("{flag}");
    let mut x: i64 = 1;
    let power = loop {
        x *= 3;
        if x > 1_000_000 {
            break x;
        }
    } + 1;
    println!("{power}");
    let nested = loop {
        let mut k = 0;
        let inner = loop {
            k += 5;
            if k > 12 {
                break k;
            }
        };
        break inner * 100;
    };
    println!("{nested}");
    let mut n = 0;
    loop {
        n += 1;
        if n == 3 {
            break;
        }
    }
    println!("{n}");
}
