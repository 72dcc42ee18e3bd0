fn main() {
 