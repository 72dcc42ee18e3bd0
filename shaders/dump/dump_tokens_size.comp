#version 460
// --emit=tokens, first pass: the length of every token's line
// `START..END KIND TEXT\n`.
#include "common.glsl"
#include "dump.glsl"
layout(push_constant) uniform Push {
    U32 src; U32 tok_kind; U32 tok_start; U32 tok_end; U32 names; U32 offs; U32 out_buf; U32 copies; uint n;
} pc;

void item(uint t)
{
    if (t >= pc.n)
        return;
    uint s = pc.tok_start.v[t], e = pc.tok_end.v[t];
    uint w = pc.names.v[pc.tok_kind.v[t]];
    uint len = decimal_digits(s) + 2u + decimal_digits(e) + 1u + name_len(w) + (name_wraps(w) ? e - s + 1u : 0u) +
               1u + (e - s) + 1u;
    pc.offs.v[t] = len;
    copy_count(pc.copies, t, e - s);
}

ELEMENTWISE_MAIN
