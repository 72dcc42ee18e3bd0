fn else() {
}
