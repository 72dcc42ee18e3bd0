fn main(' {
    let x = 1+
}
// í € a surrogate
