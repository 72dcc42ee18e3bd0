fnprintln!("{}", x)ain() {
    let x = 5 * ;
     m;
}
