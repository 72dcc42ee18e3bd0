fn main( () {}
/* a /