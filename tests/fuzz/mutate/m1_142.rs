fn helper() -> false {
    1
}
