fn main() {
   let x = b as u8 - 2true/
     let b = ;
}
