fn main() {
 £Ú   let x = 2147483648foo;
}
