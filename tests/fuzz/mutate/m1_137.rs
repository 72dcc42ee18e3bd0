fn main() >
   (3);
}
oox::bar f