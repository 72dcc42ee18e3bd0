/* The Tier 0 tree that sema and the code generator read: node kinds, shared
 * by the host (dumps) and the shaders.
 *
 * Lowering (src/lower.c) leaves it in preorder (index 0 is the crate root) as
 * structure of arrays: ast_kind, ast_tok (token index; ntok for the root),
 * ast_parent (preorder index; none for the root), ast_depth and ast_size
 * (nodes in the subtree, itself included). Children are in source order: the
 * first child of p is p + 1, the next sibling of c is c + ast_size[c].
 * ast_semi is 1 for a block's child followed by `;`; ast_lo and ast_hi are the
 * first and last token of the node's source. */
#ifndef RUSTG_AST_H
#define RUSTG_AST_H

#define AST_NONE_INDEX 0xffffffffu

#define AST_ERROR 0
#define AST_ROOT 1          /* children: items */
#define AST_FN 2            /* `fn`: [FN_SIG | FN_RET, BLOCK] */
#define AST_FN_SIG 3        /* `(` of fn: [FN_NAME, PARAM...] */
#define AST_FN_RET 4        /* `->`: [FN_SIG, TYPE] */
#define AST_PARAM 5         /* `:` of a parameter: [BINDING | MUT, TYPE] */
#define AST_FN_NAME 6       /* ident */
#define AST_BLOCK 7         /* `{`: statements and an optional tail expression */
#define AST_LET 8           /* `let`: [BINDING | MUT | ASCRIBE | LET_INIT] */
#define AST_LET_INIT 9      /* `=` of let: [BINDING | MUT | ASCRIBE, expr] */
#define AST_ASCRIBE 10      /* `:` of let: [BINDING | MUT, TYPE] */
#define AST_MUT 11          /* `mut`: [BINDING] */
#define AST_BINDING 12      /* ident introducing a variable */
#define AST_IF 13           /* [cond, BLOCK, (BLOCK | IF)?] */
#define AST_WHILE 14        /* [cond, BLOCK] */
#define AST_LOOP 15         /* [BLOCK] */
#define AST_FOR 16          /* [FOR_IN, BLOCK] */
#define AST_FOR_IN 17       /* `in`: [BINDING | MUT, RANGE] */
#define AST_BREAK 18        /* [LABEL_REF?, expr?] */
#define AST_CONTINUE 19     /* [LABEL_REF?] */
#define AST_RETURN 20       /* [expr?] */
#define AST_ASSIGN 21       /* `=`: [place, expr] */
#define AST_COMPOUND 22     /* `+=` ...: [place, expr]; operator from the token */
#define AST_BINARY 23       /* [lhs, rhs]; operator from the token */
#define AST_RANGE 24        /* `..` or `..=`: [lo, hi] */
#define AST_UNARY 25        /* `-` or `!`: [operand] */
#define AST_CAST 26         /* `as`: [expr, TYPE] */
#define AST_CALL 27         /* `(`: [CALLEE, args...] */
#define AST_MACRO 28        /* `(` after `name!`: [MACRO_NAME, args...] */
#define AST_PAREN 29        /* `(expr)` */
#define AST_UNIT 30         /* `()` */
#define AST_TUPLE 31        /* `(a, b)` */
#define AST_PATH 32         /* `::`: [TYPE, ASSOC] as in i32::MAX */
#define AST_NAME 33         /* ident used as a value */
#define AST_TYPE 34         /* ident in type position */
#define AST_CALLEE 35       /* ident naming the called function */
#define AST_MACRO_NAME 36
#define AST_ASSOC 37        /* ident after `::` */
#define AST_INT 38
#define AST_BOOL 39
#define AST_STR 40
#define AST_LABEL 41        /* `'a` of `'a: X`: [LOOP | WHILE | FOR | BLOCK] */
#define AST_LABEL_REF 42    /* `'a` of `break 'a` / `continue 'a` (A_DECL: its LABEL) */
#define AST_CONST 43        /* `const` or `static` item (file or block): [CONST_NAME, TYPE, expr] */
#define AST_CONST_NAME 44   /* its name (A_DECL of the NAMEs that use it) */
#define AST_KIND_COUNT 45

/* Type ids (sema): integer types are contiguous, signed first. */
#define TY_UNKNOWN 0
#define TY_I8 1
#define TY_I16 2
#define TY_I32 3
#define TY_I64 4
#define TY_ISIZE 5
#define TY_U8 6
#define TY_U16 7
#define TY_U32 8
#define TY_U64 9
#define TY_USIZE 10
#define TY_BOOL 11
#define TY_UNIT 12
#define TY_NEVER 13
#define TY_INTEGER 14       /* an integer literal's type before inference settles it */
#define TY_STR 15

/* Fields of the AST buffer: field f of preorder node p at f * stride + p. */
#define A_KIND 0
#define A_TOK 1
#define A_PARENT 2
#define A_DEPTH 3
#define A_SIZE 4
#define A_SEMI 5            /* block child followed by `;` */
#define A_TYPE 6            /* sema: type id */
#define A_DECL 7            /* sema: declaring node of a NAME/CALLEE */
#define A_LO 8              /* first token of the node's source (ntok for the root) */
#define A_HI 9              /* last token of it */
#define A_FLAGS 10          /* sema: bit 0, no code (a const item and what it holds) */
#define A_VLO 11            /* sema: a CONST_NAME's value, bits 0-31 */
#define A_VHI 12            /* bits 32-63 */
#define A_FIELDS 16         /* room for later phases */

#endif
