#version 460
// --emit=tokens, second pass: every token writes its line at its offset.
// Kw( and Punct( names wrap the token's own text (short, so written here).
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
    uint pos = put_decimal(pc.out_buf, pc.offs.v[t], s);
    put_byte(pc.out_buf, pos++, 46u);
    put_byte(pc.out_buf, pos++, 46u);
    pos = put_decimal(pc.out_buf, pos, e);
    put_byte(pc.out_buf, pos++, 32u);
    pos = put_name(pc.out_buf, pc.names, DUMP_NAME_COUNT, pos, w);
    if (name_wraps(w)) {
        pos = put_source(pc.out_buf, pc.src, pos, s, e);
        put_byte(pc.out_buf, pos++, 41u);
    }
    put_byte(pc.out_buf, pos++, 32u);
    copy_job(pc.copies, pc.n, t, s, pos, e - s); // the text: dump_copy.comp
    put_byte(pc.out_buf, pos + (e - s), 10u);
}

ELEMENTWISE_MAIN
