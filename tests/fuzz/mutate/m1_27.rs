fn main() {
    let c = '\u{_10FFFF;
}º£Ú
