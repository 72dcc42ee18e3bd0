fn main() {
    let totaTäl = 0;
   