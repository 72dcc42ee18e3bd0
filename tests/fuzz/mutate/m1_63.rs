// Unbounded recursion: rustc's debug build reports the overflow on stderr
// and aborts wi