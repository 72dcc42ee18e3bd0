fn main() {
Tä   