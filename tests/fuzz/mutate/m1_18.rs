fn m) {
    /* never closed
}
