#version 460
// Delimiters, first pass: +1 at ( [ {, -1 at ) ] }, scanned into the keys
// of a min-tree (depth after each token) for llp_delim_match.comp. As in
// rustc, unbalanced delimiters are reported before the grammar is consulted.
#include "common.glsl"
#include "llp.glsl"

void item(uint i)
{
    if (i >= pc.n)
        return;
    uint k = tok(i);
    bool open = k == TK_LPAREN || k == TK_LBRACKET || k == TK_LBRACE;
    bool close = k == TK_RPAREN || k == TK_RBRACKET || k == TK_RBRACE;
    pc.mt.v[pc.mt.v[1] + i] = open ? 1u : close ? 0xffffffffu : 0u;
}

ELEMENTWISE_MAIN
