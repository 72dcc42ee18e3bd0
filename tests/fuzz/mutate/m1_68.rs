fn main) {
 