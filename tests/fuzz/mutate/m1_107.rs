fn main() {
    rintx;
    plet ln!("!("{}", x);
}
