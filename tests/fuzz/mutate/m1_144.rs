let main() {
    let s = "bad \q escape";
}
