/* Diagnostic codes written by shaders; src/diag.c renders rustc's wording. */
#ifndef RUSTG_DIAG_CODES_H
#define RUSTG_DIAG_CODES_H

#define DIAG_UNKNOWN_CHAR 1            /* unknown start of token */
#define DIAG_UNTERMINATED_STRING 2     /* E0765 */
#define DIAG_UNTERMINATED_COMMENT 3    /* E0758 */
#define DIAG_UNTERMINATED_CHAR 4       /* E0762 */
#define DIAG_UNSUPPORTED_TOKEN 5       /* lexed, but not in the supported subset */
#define DIAG_UNTERMINATED_RAW 6        /* E0748 */
#define DIAG_EMPTY_CHAR 8              /* empty character literal */
#define DIAG_UNKNOWN_ESCAPE 9          /* unknown character escape: `q` */
#define DIAG_INVALID_SUFFIX 10         /* invalid suffix `foo` for number literal */
#define DIAG_INVALID_WIDTH 11          /* invalid width `7` for integer literal */
#define DIAG_BARE_CR 12                /* bare CR not allowed in string */
#define DIAG_INVALID_DIGIT 13          /* invalid digit for a base N literal (arg: base) */
#define DIAG_NON_ASCII_BYTE 14        /* non-ASCII character in byte literal */
#define DIAG_HEX_RANGE 15              /* out of range hex escape */
#define DIAG_UNICODE_IN_BYTES 25       /* unicode escape in byte string */
#define DIAG_BAD_UNICODE 26            /* invalid unicode character escape */
#define DIAG_BAD_RAW_IDENT 27          /* `self` cannot be a raw identifier */
#define DIAG_NO_DIGITS 28              /* no valid digits found for number */
#define DIAG_FORMAT_TOO_LONG 29        /* a format string longer than FORMAT_MAX_BYTES (a bound of this compiler) */
#define FORMAT_MAX_BYTES 1024
#define DIAG_NO_EXPONENT_DIGITS 31     /* expected at least one digit in exponent */
#define DIAG_RAW_TOO_MANY_HASHES 30    /* raw strings delimited by more than 255 `#` (arg: how many) */
#define DIAG_RAW_PREFIX 7              /* found invalid character; only `#` is allowed in raw string delimitation */

#define DIAG_UNCLOSED_DELIM 16         /* this file contains an unclosed delimiter */
#define DIAG_UNEXPECTED_CLOSE 17       /* unexpected closing delimiter */
#define DIAG_MISMATCHED_CLOSE 18       /* mismatched closing delimiter */
#define DIAG_EXPECTED_SEMI 19          /* expected `;`, found ... (arg: token index) */
#define DIAG_EXPECTED_EXPR 20          /* expected expression, found ... (arg: token index) */
#define DIAG_EXPECTED_ITEM 21          /* expected item, found ... */
#define DIAG_EXPECTED_IDENT 22         /* expected identifier, found ... */
#define DIAG_UNEXPECTED_TOKEN 23       /* unexpected token (arg: token index) */
#define DIAG_EXPECTED_PATTERN 24       /* expected pattern, found ... */

#define DIAG_UNRESOLVED_NAME 32        /* E0425 */
#define DIAG_UNRESOLVED_FN 33          /* E0425, function */
#define DIAG_ARG_COUNT 34              /* E0061 (arg: expected << 16 | found) */
#define DIAG_ASSIGN_IMMUTABLE 35       /* E0384 */
#define DIAG_MISMATCHED_TYPES 36       /* E0308 (arg: expected << 16 | found type ids) */
#define DIAG_IF_ELSE_TYPES 37          /* E0308, `if` and `else` have incompatible types */
#define DIAG_UNKNOWN_TYPE 38           /* E0412 */
#define DIAG_INT_TOO_LARGE 39          /* integer literal is too large */
#define DIAG_UNSUPPORTED 40            /* construct outside the supported subset */
#define DIAG_NO_MAIN 41                /* E0601 */
#define DIAG_BINOP_TYPES 42            /* E0369 / E0277 for operator misuse */
#define DIAG_UNCONDITIONAL_PANIC 45    /* division by a known zero (arg: 1 remainder), or MIN / -1 (2, 3 remainder) */
#define DIAG_ARITH_OVERFLOW 75         /* deny lint arithmetic_overflow: known operands overflow */
#define DIAG_NEG_UNSIGNED 44           /* E0600 `-`/`!` on a type without it (arg: type id, | 0x100 for `!`) */
#define DIAG_LITERAL_OUT_OF_RANGE 43   /* deny lint overflowing_literals (arg: type id) */

/* format_args! (println!/print!): rustc's messages; spans inside the string. */
#define DIAG_FMT_EXPECTED_CLOSE 46     /* invalid format string: expected `}`, found `X` */
#define DIAG_FMT_UNTERMINATED 47       /* invalid format string: expected `}` but string was terminated */
#define DIAG_FMT_UNMATCHED_CLOSE 48    /* invalid format string: unmatched `}` found */
#define DIAG_FMT_UNKNOWN_TRAIT 49      /* unknown format trait `y` */
#define DIAG_FMT_WIDTH_RANGE 50        /* integer `N` does not fit into the type `u16` */
#define DIAG_FMT_ARG_COUNT 51          /* N positional arguments ..., but there are M (arg: N << 16 | M) */
#define DIAG_FMT_BAD_INDEX 52          /* invalid reference to positional argument N (arg: N << 16 | M) */
#define DIAG_FMT_UNUSED 53             /* argument never used (arg: how many unused) */
#define DIAG_FMT_TRAIT_BOUND 54        /* E0277 the trait bound `T: Trait` is not satisfied (arg: trait << 16 | type) */
#define DIAG_FMT_NOT_DISPLAY 55        /* E0277 `()` doesn't implement `std::fmt::Display` (arg: type) */
#define DIAG_FMT_NOT_LITERAL 56        /* format argument must be a string literal */
#define DIAG_FMT_NO_ARGS 57            /* requires at least a format string argument */

#define DIAG_UNDECLARED_TYPE 58        /* E0433 cannot find type `Foo` in this scope (a path's first segment) */
#define DIAG_UNDECLARED_MODULE 59      /* E0433 cannot find module or crate `foo` in this scope */
#define DIAG_BINOP_RHS 61              /* E0277 cannot add `bool` to `{integer}` (arg: lhs << 16 | rhs type) */
#define DIAG_COMPOUND_LHS 62           /* E0368 binary assignment operation `+=` cannot be applied to type `T` */
#define DIAG_COMPOUND_RHS 63           /* E0277 cannot add-assign `bool` to `{integer}` (span: the operator) */
#define DIAG_NON_PRIMITIVE_CAST 64     /* E0605 non-primitive cast: `()` as `i32` (arg: from << 16 | to) */
#define DIAG_CAST_TO_BOOL 65           /* E0054 cannot cast `i32` as `bool` (arg: from type) */
#define DIAG_UNINITIALIZED 66          /* E0381 used binding `x` isn't initialized (arg: 1 possibly-) */
#define DIAG_TYPE_ANNOTATIONS 67       /* E0282 type annotations needed */
#define DIAG_LET_EXPRESSION 68         /* expected expression, found `let` statement */
#define DIAG_BREAK_OUTSIDE_LOOP 69     /* E0268 `break` outside of a loop or labeled block */
#define DIAG_CONTINUE_OUTSIDE_LOOP 70  /* E0268 `continue` outside of a loop */
#define DIAG_CHAINED_COMPARISON 71     /* comparison operators cannot be chained */
#define DIAG_PARAM_TWICE 72            /* E0415 identifier `x` is bound more than once in this parameter list */
#define DIAG_INVALID_UTF8 73           /* couldn't read `f.rs`: stream did not contain valid UTF-8 (arg: the byte) */
#define DIAG_NEG_TRAIT 74              /* E0277 the trait bound `u32: Neg` is not satisfied (arg: type) */
#define DIAG_DUPLICATE_ITEM 60         /* E0428 the name `f` is defined multiple times (arg: name start) */
#define DIAG_LLP_UNEXPECTED 76        /* the grammar has no pair (a, b): expected one of ..., found `b` (arg: a << 16 | b) */
#define DIAG_LLP_EXPECTED 77          /* the stack expected symbol X where `b` came (arg: X << 16 | b) */
#define DIAG_TRY_MACRO 78             /* use of deprecated `try` macro (edition 2018 on: `try` is a keyword) */
#define DIAG_BOX_SYNTAX 79            /* `box_syntax` has been removed */
#define DIAG_LITERAL_SUFFIX 80        /* suffixes on string literals are invalid (arg: kind << 28 | suffix start) */
#define DIAG_LET_CHAIN 81             /* let chains are only allowed in Rust 2024 or later */
#define DIAG_RESERVED_PREFIX 83       /* prefix `kind` is unknown (edition 2021 on: `kind#x`, `f"x"`, `z'a`) */
#define DIAG_PANIC_COLUMN 84          /* not supported yet: a run-time check after a character of unknown width */
#define DIAG_RETURN_NO_VALUE 85       /* E0069 `return;` in a function whose return type is not `()` */
#define DIAG_LET_NO_SEMI 86           /* expected one of `.`, `;`, `?`, `else`, or an operator, found `}` (a let ending a block) */
#define DIAG_UNDECLARED_LABEL 87      /* E0426 use of undeclared label `'a` */
#define DIAG_UNLABELED_IN_BLOCK 88    /* E0695 unlabeled `break` inside of a labeled block (arg: 1 continue) */
#define DIAG_CONTINUE_TO_BLOCK 89     /* E0696 `continue` pointing to a labeled block */
#define DIAG_BREAK_WITH_VALUE 90      /* E0571 `break` with value from a `while` loop (arg: 1 `for`) */
#define DIAG_LABELED_BREAK_VALUE 91   /* parentheses are required around this expression to avoid confusion with a labeled break expression */
#define DIAG_REFUTABLE_BINDING 92     /* E0005 refutable pattern in local binding (a constant's name; arg: 1 param, 2 for) */
#define DIAG_NON_CONSTANT_VALUE 93    /* E0435 attempt to use a non-constant value in a constant */
#define DIAG_CONST_EVAL 94            /* E0080 evaluation of constant value failed (arg: the operator byte, 1 negation) */
#define DIAG_ASSIGN_TO_CONST 95       /* E0070 / E0067 (arg 1) invalid left-hand side of assignment (span: the operator); E0594 a static's (arg 2) */
#define DIAG_CONST_UNKNOWN 96         /* not supported yet: a constant rustg-vk cannot evaluate */
#define DIAG_TEXT_DIRECTION 97        /* unicode codepoint changing visible direction of text present in literal (arg: 1 comment, 2 doc comment) */
#define DIAG_SHADOW_CONST 98          /* E0530 let bindings cannot shadow constants (`mut C`; arg: 1 param, 2 for) */
#define DIAG_INHERENT_IMPL 82         /* (E0197) inherent impls cannot be unsafe (arg 0), negative (1), default (2) */

#endif
