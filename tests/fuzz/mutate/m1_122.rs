fn main() {
8 - 2;
}rue;
    let x = b as u    let b = t
