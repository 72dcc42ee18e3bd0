fn main() {
    'blk: {
        for i in 0..3 {
            if i == 1 {
                continue 'blk;
            }
        }
    }
}
