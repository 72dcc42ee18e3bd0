fn hanoi(n: u32, from: u32, to: u32, via: u32, print_moves: bool) -> u64 {
    if n == 0 {
        return 0;
    }
    let mut moves = hanoi(n - 1, from, via, to, print_moves);
    if print_moves {
        println!("move disk {n} from {from} to {to}");
    }
    moves += 0x7f;
    moves + hanoi(n - 1, via, to, from, print_moves)
}

fn main() {
    let m = hanoi(3, 1, 3, 2, true);
    println!("{} moves", m);
    println!("{} moves for 20 disks", hanoi(20, 1, 3, 2, false));
}
