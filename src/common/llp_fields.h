/* Arrays of the LLP parser (src/llp.c, shaders/parse/llp_*.comp), each in one
 * buffer as fields of equal stride.
 *
 * Terminals: a token becomes 1 to 3 terminals (a `>>` closing two generic
 * lists becomes two GEN_GT); pair j is (terminal j-1, terminal j), with SOI
 * before the first and EOI after the last, so there are m + 1 pairs for m
 * terminals. Stride LLP_TSTRIDE(ntok) bounds m + 1. */
#ifndef RUSTG_LLP_FIELDS_H
#define RUSTG_LLP_FIELDS_H

#define LLP_MAX_TERMS_PER_TOKEN 3u
#define LLP_TSTRIDE(n) (3u * (n) + 4u)

/* Per token (index < ntok) and per terminal (index < m). */
#define TF_TOKTERMS 0      /* token: its terminal count, then (scanned) its first terminal */
#define TF_KIND 1          /* terminal: kind (tokens.h, llp_terms.h) */
#define TF_TOK 2           /* terminal: its token (ntok for EOI) */
#define TF_NBR 3           /* pair: bracket count, then (scanned) its first bracket */
#define TF_NND 4           /* pair: node count, then (scanned) its first node */
#define TF_PARENT 5        /* terminal: the node it belongs to (LLP_EXT_REF | bracket while unresolved) */
#define TF_COUNT 6
/* Until llp_expand (llp_refine.glsl), per token, in fields free until then: */
#define TF_PARTNER TF_TOK  /* a delimiter's matching one (a TT's: the end of its body) */
#define TF_ENCLOSE TF_TOK  /* at ntok + i: the unmatched opener left of token i (LLP_NONE at top level) */
#define TF_NAME TF_TOK     /* at 2 ntok + i: which name of llp_refine.glsl's NAME_WORDS token i spells */
#define TF_DROP TF_NBR     /* inside a TT body: +1/-1 marks, then (scanned) nonzero inside */
#define TF_REF_A TF_KIND   /* refinement rounds' states, ping-pong */
#define TF_REF_B TF_NND

/* counts words written on the GPU: */
#define LLP_COUNT_TERMS 40 /* m (words of c->counts) */
#define LLP_COUNT_BR 41
#define LLP_COUNT_ND 42
#define LLP_COUNT_CHANGED 43 /* tokens whose refinement state a round changed */

/* llp_refine_emit's arg: bit 0 which state array to read, and this. */
#define LLP_ARG_EDITION_2021 4u /* edition 2021 or later: reserved prefixes are errors */

/* Per bracket (stride nb + 1). */
#define BR_SYM 0           /* symbol | LLP_OPEN */
#define BR_REF 1           /* open: the node that pushed it; close: its pair */
#define BR_DEPTH 2         /* +1 / -1, then (scanned) the depth after it */
#define BR_OWNER 3         /* close: the node that pushed the matched open */
#define BR_COUNT 4
#define LLP_OPEN 0x80000000u
#define LLP_EXT_REF 0x80000000u

/* Per node (stride nn + 1): the derivation, in preorder. */
#define ND_PROD 0
#define ND_TERM 1          /* the pair's second terminal: the lookahead when the production was applied */
#define ND_PARENT 2        /* node, or LLP_EXT_REF | bracket while unresolved; LLP_NONE for the root */
#define ND_DEPTH 3         /* kept nodes above it: its depth in the tree (llp_depth.comp) */
#define ND_COUNT 4

#endif
