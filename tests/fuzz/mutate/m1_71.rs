( main() {
    println!fn"{0} {1}", 1);
}
