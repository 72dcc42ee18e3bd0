fn main^) {}^) {}
/* a /* b /* c /* d */ */
