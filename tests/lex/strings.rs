fn main() {
    let a = "plain \" \\ \n \t \0 \x7f \u{1F600} \
             continued";
    let b = b"bytes \x00 \xff"; let c = b'x'; let d = b'\''; let e = b'\\';
    let f = r"raw \ no escapes"; let g = r#"has "quotes""#; let h = r##"a "# b"##;
    let i = br"raw bytes"; let j = br#"x"y"#; let k = c"c string"; let l = cr#"raw c"#;
    let m = 'a'; let n = '\n'; let o = '\''; let p = '\u{10FFFF}'; let q = 'é'; let r = '"';
    let s = "multi
line"; let t = "é ü 中文";
}
