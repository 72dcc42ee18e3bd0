// Nesting past what the lexer's DFA counts (comments 2 deep, raw strings
// with 3 `#`): each such construct is resolved by scans and lexed again.
/* 1 /* 2 /* 3 /* 4 /* 5 */ 4 */ 3 */ 2 */ 1 */
fn f() {}
/* 1 /* 2 /* 3 "*/ still 2 /* 3 */ */ " is not a string here */ let a = 1;
/*/*/*/**/*/*/*/ /* 1 /***/ */ /** doc /* 2 /* 3 */ */ */ let b = 2;
/*! inner /* 2 /* 3 /* 4 */ */ */ */
let c = r#####"a "####" b"#####;
let d = br######"x"#####"######; let e = r#####"y"#####;
let f = r####"four"####; let g = r#####""#####suffix;
/* after */ let h = r#######"/* not a comment */"#######; /* /* /* "#####" */ */ */
let i = r"plain"; let j = r##"two"##;
