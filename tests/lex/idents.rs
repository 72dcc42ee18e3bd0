fn r#match(r#type: i32) -> i32 { r#type }
fn main() {
    let café = 1; let 変数 = 2; let _under = 3; let __ = 4; let x1_y2 = 5;
    let b = 1; let c = 2; let r = 3; let br = 4; let cr = 5; let bc = b; let rb = r;
    'outer: loop { break 'outer; }
    let s: &'static str = "x";
    abstract become box do final macro override priv typeof unsized virtual yield try async await dyn
}
