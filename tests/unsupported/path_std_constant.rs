fn main() {
    let x = std::f32::INFINITY;
}
