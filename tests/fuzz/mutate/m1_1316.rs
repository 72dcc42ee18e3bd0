fn main() {
   }