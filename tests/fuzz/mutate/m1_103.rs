fn main()' {
    /* never closed
}
