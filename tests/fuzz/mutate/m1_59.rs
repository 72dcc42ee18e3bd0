fn add(a: i32, b: i32) ->     println!("{}", add(128));
}
