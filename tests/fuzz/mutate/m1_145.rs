fn compute(n: i32) -> i32 {
    let a = {
        let t = n * 2;
        t + 1
    };
    let b = { a };
    let c = {
        let mut s = 0;
        let mut i = 0;
        while i < n {
            s += i;
            i += 1;
        }
        s
    };
    a + b + c
}

fn nested() -> u64 {
    //{
        {
            {
                7
            }
        }
    }
}

fn main() {
    println!("{}", compute(5));
    println!("{}", compute(0));
    println!("{}", nested());
    let v = { 1 } + { 2 } * { 3 };
    println!("{v}");
    let w = {
        println!("side effect");
        let k = 3;
        k * k
    };
    println!("{w}");
    println!("{}", { let q = 10; q } - 1);
}
