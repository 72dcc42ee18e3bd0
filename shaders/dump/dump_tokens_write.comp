#version 460
// --emit=tokens, second pass: every token writes its line at its offset.
#include "common.glsl"
#include "dump.glsl"
void item(uint t)
{
    if (t >= pc.n)
        return;
    uint s = pc.tok_start.v[t], e = pc.tok_end.v[t];
    uint w = name_word(pc.tok_kind.v[t]);
    uint pos = put_decimal(pc.offs.v[t], s);
    put_byte(pos++, 46u);
    put_byte(pos++, 46u);
    pos = put_decimal(pos, e);
    put_byte(pos++, 32u);
    uint names_base = 256u * 4u; // characters follow the 256 name words
    for (uint i = 0u; i < name_len(w); i++) {
        uint at = names_base + (w & 0xffffu) + i;
        put_byte(pos++, (pc.names.v[at >> 2] >> ((at & 3u) * 8u)) & 0xffu);
    }
    if (name_wraps(w)) {
        pos = put_source(pos, s, e);
        put_byte(pos++, 41u);
    }
    put_byte(pos++, 32u);
    pos = put_source(pos, s, e);
    put_byte(pos, 10u);
}

ELEMENTWISE_MAIN
