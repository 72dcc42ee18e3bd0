fn main() {
    let s = r####>>#x"abc"# ######;
}
