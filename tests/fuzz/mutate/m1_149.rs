fn main() 
 ;
}
