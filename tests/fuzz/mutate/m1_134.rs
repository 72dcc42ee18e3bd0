fn main() {
    let x = 1 as bool;
}