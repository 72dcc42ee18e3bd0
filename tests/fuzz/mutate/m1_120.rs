    let x = -true;
fn main() {
    let x = -true;
}
