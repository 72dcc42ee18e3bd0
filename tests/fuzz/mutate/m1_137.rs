fn main() >
   -i8::MIN;
}
et x =  main