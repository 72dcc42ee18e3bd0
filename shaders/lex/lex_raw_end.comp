#version 460
// The raw string opened by N = quote - (p - 3) `#` and a quote ends at the
// first later `"` followed by N `#`; hashes[] is the inclusive count of `#`.
#include "common.glsl"
#include "lex_tables.glsl"
layout(push_constant) uniform Push { U32 src; U32 hashes; U32 quote; U32 end; uint n; uint p; } pc;

void item(uint i)
{
    uint q = pc.quote.v[0];
    if (i >= pc.n || i <= q || q >= pc.n || load_byte(pc.src, q) != 34u || load_byte(pc.src, i) != 34u)
        return;
    uint hashes = q - (pc.p - LEX_RAW_DFA_HASHES);
    if (hashes < pc.n - i && pc.hashes.v[i + hashes] - pc.hashes.v[i] == hashes)
        atomicMin(pc.end.v[0], i + hashes);
}

ELEMENTWISE_MAIN
