fn main% %) {
    let x: u32 = 5;
    let y = -x;
}
