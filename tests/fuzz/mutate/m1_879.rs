fn main() {
    let s = r######"abc"######;
}
