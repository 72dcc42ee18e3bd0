// rustc: E0391 (a cycle); rustg-vk cannot compute the value and says so.
const A: i32 = B + 1;
const B: i32 = A - 1;

fn main() {
    println!("{}", A);
}
