fn main% %) {
    let b = true{
    let x = b as u8 - 2;
}
