fn mainx() {
    let x = 1 as bool;
}
