#version 460
// LLP parser, refinement 1: macro and attribute bodies. Every opener that
// starts a TT (llp_refine.glsl: tt_open) marks the tokens up to its closer,
// +1 after it and -1 at the closer, for an inclusive scan: a token is inside
// some body when its sum is nonzero (nested bodies add up). `macro m(..)
// {..}` is one body, and its partners are joined to say so. Also stores
// which of the names the rules look at each identifier spells.
#include "common.glsl"
#include "llp.glsl"
#define LLP_NAMES_FROM_TEXT
#include "llp_refine.glsl"

void item(uint u)
{
    if (u >= pc.n)
        return;
    int i = int(u);
    tf_set(TF_NAME, 2u * pc.n + u, name_spelled(i)); // for the rounds' rules (name_of)
    if (!tt_open(i))
        return;
    int close = partner(i);
    if (tk(i) == TK_LPAREN && tk(i - 1) == TK_IDENT && tk(i - 2) == TK_MACRO && tk(close + 1) == TK_LBRACE) {
        close = partner(close + 1);
        tf_set(TF_PARTNER, u, uint(close));
        tf_set(TF_PARTNER, uint(close), u);
    }
    atomicAdd(pc.tf.v[TF_DROP * pc.ts + u + 1u], 1u);
    atomicAdd(pc.tf.v[TF_DROP * pc.ts + uint(close)], 0xffffffffu);
}

ELEMENTWISE_MAIN
