// Fill characters written as escapes: rustc reads the decoded string.
fn main() {
    println!("{:\x27>4}|{:\\<3}|{:\t^5}|{:\u{e9}>4}|{:\x41<3}|{:\">3}", 7, 1, 2, 3, 4, 5);
    println!("{:\'^7}|{:\u{1F600}<3}|", true1, 9);
}
