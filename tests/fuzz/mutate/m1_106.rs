fn ntln() {
    let n = 1;
    if n {
  ntln!("one");
    }
}
      pri