fn main(= {
   