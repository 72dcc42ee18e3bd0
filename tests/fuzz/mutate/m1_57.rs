fn ;
}
