#version 460
// Compact the kept lexemes into the token arrays (keep[] scanned inclusively);
// a kind's high half is how many bytes to trim off the token's end.
#include "common.glsl"
layout(push_constant) uniform Push {
    U32 starts; U32 lexeme_start; U32 lexeme_kind; U32 keep; U32 tok_kind; U32 tok_start; U32 tok_end; uint n;
} pc;

void item(uint k)
{
    uint nlex = pc.n > 0u ? pc.starts.v[pc.n - 1u] : 0u;
    if (k >= nlex)
        return;
    uint incl = pc.keep.v[k];
    uint prev = k > 0u ? pc.keep.v[k - 1u] : 0u;
    if (incl == prev)
        return;
    uint t = incl - 1u;
    uint kind = pc.lexeme_kind.v[k];
    pc.tok_kind.v[t] = kind & 0xffffu;
    pc.tok_start.v[t] = pc.lexeme_start.v[k];
    pc.tok_end.v[t] = (k + 1u < nlex ? pc.lexeme_start.v[k + 1u] : pc.n) - (kind >> 16);
}

ELEMENTWISE_MAIN
