fn main()   println!("{0} {1}", 1);
.
