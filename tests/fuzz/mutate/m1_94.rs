fn mal;
}
