#version 460
// Inside the comment sink (nesting deeper than the DFA counts), each `/*`
// is +1 and each `*/` is -1: read from the sink state before the byte.
// Bytes at or before `after` (already resolved) count 0.
#include "common.glsl"
#include "lex_tables.glsl"
layout(push_constant) uniform Push { U32 src; U32 states; U32 events; uint n; uint after; } pc;

uint state_at(uint i) { return (pc.states.v[i >> 2] >> ((i & 3u) * 8u)) & 0xffu; }

void item(uint i)
{
    if (i >= pc.n)
        return;
    int e = 0;
    if (i > pc.after) {
        uint prev = state_at(i - 1u);
        uint b = load_byte(pc.src, i);
        if (prev == LEX_S_DC_SLASH && b == 42u)
            e = 1;
        else if (prev == LEX_S_DC_STAR && b == 47u)
            e = -1;
    }
    pc.events.v[i] = uint(e);
}

ELEMENTWISE_MAIN
