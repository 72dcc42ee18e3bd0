_fn main() {
    x s = r######x"abc"######;
}
