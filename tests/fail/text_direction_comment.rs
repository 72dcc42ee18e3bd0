fn main() {
    let admin = false;
    /* check ‮ } ⁦ if admin { begin admins only */
    if admin {
        println!("admin");
    }
}
