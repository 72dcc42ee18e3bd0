// Integer and float literals, with the Reference's rules for dots.
fn main() {
    let a = 0x1F + 0o17 + 0b1010_1010 + 1_000_000 + 42u8 + 7i64 + 3usize + 0xffu32;
    let b = 1.5 + 2. + 3.0e10 + 4e-3 + 5E+2 + 6.5f32 + 7f64 + 1_0.0_1;
    let c = 1..2; let d = 1..=2; let e = 1.max(2); let f = 1.0.0; let g = x.0.1;
    let h = 2.e3; let i = 0x1e5; let j = 1e_5; let k = 0.;
}
