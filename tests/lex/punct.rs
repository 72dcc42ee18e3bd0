fn main() {
    a + b - c * d / e % f ^ g ! h & i | j && k || l << m >> n += o -= p *= q /= r %= s ^= t &= u |= v <<= w >>= x
    = y == z != aa > bb < cc >= dd <= ee @ ff . gg .. hh ... ii ..= jj , kk ; ll : mm :: nn -> oo => pp # qq $ rr ? ss ~
    (a)[b]{c} &&& ||| <<< >>> ..... ::: ->> ==> !== <=>
}
