fn main() {
    let x: u32 = 127;
    let y = -x;
+
