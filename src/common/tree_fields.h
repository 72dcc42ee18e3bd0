/* The syntax tree the LLP parser's derivation folds into (src/tree.c,
 * shaders/parse/tree_*.comp), read by --emit=ast and the phases after it.
 *
 * Elements are the kept nodes of the derivation (a tag of tools/grammar/rust.g)
 * and every terminal, in preorder. The derivation lists operators flat (an
 * operand, then one suffix node per operator); the fold makes each suffix
 * node the parent of the siblings before it, back to the start of its
 * operand, so `a - b - c` becomes Sub(Sub(a, b), c). Leaves keep source
 * order, so terminal j is the j-th terminal element of the preorder.
 *
 * Structure of arrays, fields of stride E + 1 for E elements, element i at
 * preorder index i: */
#ifndef RUSTG_TREE_FIELDS_H
#define RUSTG_TREE_FIELDS_H

#define AT_KIND 0   /* a node: the id of the first production with its tag (P_<tag>); a terminal: AT_TERMINAL | kind */
#define AT_PARENT 1 /* preorder index; AT_NONE for the root */
#define AT_DEPTH 2
#define AT_SIZE 3   /* elements in the subtree, itself included */
#define AT_FIRST 4  /* first terminal of the subtree (terminals index llp_fields.h's TF_ arrays; TF_TOK: the token) */
#define AT_END 5    /* one past its last terminal (AT_FIRST == AT_END: none) */
#define AT_SRC 6    /* where it came from: derivation node x < nn, or nn + terminal */
#define AT_CHILD 7  /* its index among its parent's children (0 for the root) */
#define AT_COUNT 8
#define AT_TERMINAL 0x8000u
#define AT_NONE 0xffffffffu

/* Working fields of the fold, per element in derivation preorder (same stride). */
#define TR_SRC 0   /* derivation node x < nn, or nn + terminal */
#define TR_DEPTH 1 /* depth among kept nodes */
#define TR_TERM 2  /* terminals before it in source order */
#define TR_HEAD 3  /* a suffix with an operand: where the operand starts; else itself */
#define TR_END 4   /* one past its subtree */
#define TR_SHIFT 5 /* +1 at each head, -1 at each suffix; then (inclusive scan) suffixes moved before it */
#define TR_POS 6   /* its index in the folded preorder */
#define TR_COUNT 7

#define LLP_COUNT_TREE 44       /* words of c->counts: E */
#define LLP_COUNT_TREE_DEPTH 46 /* the greatest depth (shaders/lib/lower.glsl has 45) */

#endif
