impl helper() -> i32 {
    Ä}C1
}
