/* Terminals of the LLP grammar (tools/grammar/rust.g) beyond the lexer's
 * token kinds (tokens.h): the ends of the input, and tokens the refinement
 * pass (shaders/parse/llp_refine.comp) tells apart by their neighbours
 * because the grammar needs them told apart. Shared by tools/llpgen.c, the
 * host and the shaders. */
#ifndef RUSTG_LLP_TERMS_H
#define RUSTG_LLP_TERMS_H

#include "tokens.h"

#define TM_SOI 131          /* start of input */
#define TM_EOI 132          /* end of input */
#define TM_GEN_LT 133       /* `<` opening generic arguments or parameters */
#define TM_GEN_GT 134       /* `>` closing them (a `>>` or `>=` there is split) */
#define TM_STRUCT_LBRACE 135 /* `{` of a struct expression or pattern after a path */
#define TM_UNARY_MINUS 136  /* `-` where an operand is expected */
#define TM_DEREF 137        /* `*` where an operand is expected */
#define TM_BORROW 138       /* `&` where an operand is expected */
#define TM_BORROW2 139      /* `&&` where an operand is expected */
#define TM_CLOSURE_OR 140   /* `|` opening closure parameters */
#define TM_MACRO_BANG 141   /* `!` of a macro invocation `name!` */
/* The rules that decide the ones below are in tools/grammar/rust.g's header. */
#define TM_CLOSURE_CLOSE 143 /* `|` closing closure parameters */
#define TM_GUARD_IF 144     /* `if` of a match guard (after an operand) */
#define TM_STMT_SEP 145     /* virtual, after a `}` that ends a statement or item without `;` */
#define TM_ITEM_LBRACE 146  /* `{` opening the body of an item (fn, impl, struct, mod ...) */
#define TM_WHERE_END 147    /* virtual, before the `{` or `;` that ends a where clause */
#define TM_TT 148           /* opening delimiter of a macro or attribute body; the tokens inside emit nothing */
#define TM_CLOSURE_OROR 149 /* `||` where an operand is expected: a closure without parameters */
#define TM_GLOB 150         /* `*` right after `::` (a glob import) */
#define TM_VIS_IN 151       /* `in` of `pub(in path)` */
#define TM_ATTR_CLOSE 152   /* the `]` closing an attribute `#[..]` or `#![..]` */
#define TM_INNER_ATTR 153   /* the `#!` of an inner attribute `#![..]` (the `!` emits nothing) */
#define TM_CLOSURE_BORROW 154 /* `&` or `&&` borrowing a closure: `&mut |x| ..`, `&move || ..` */
#define TM_FIELD_COLON 155  /* `:` before a closure, `return` ...: `S { f: |x| x }` (an assignment-level operator) */
#define TM_RET_LBRACE 156   /* `{` right after `return` or `break`: a block operand */
#define TM_UNSAFE_BLOCK 157 /* `unsafe` right before `{`: an unsafe block, an operand that postfixes continue */
#define TM_ASYNC_BLOCK 158  /* `async` right before `{` or `move {`: an async block, likewise */
#define TM_RANGE_DOTS 159  /* `...` after an operand: the old inclusive range pattern `a...b` */
/* `return` `break` `continue` right after a prefix or binary operator
 * (`!return ()`, `a || continue`): an operand of that operator */
#define TM_RETURN_OP 160
#define TM_BREAK_OP 161
#define TM_CONTINUE_OP 162
#define TM_COUNT 163

#endif
