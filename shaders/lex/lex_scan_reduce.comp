#version 460
// Per-block composition of transition functions: over source bytes (level 0)
// or over the function array of the level below.
#include "common.glsl"
#include "dfa.glsl"
#define ITEMS 64u
layout(push_constant) uniform Push { U32 src; U32 table; U32 partials; U32 ovr; uint n; uint bytes; uint has_ovr; } pc;

void main()
{
    lex_load_tables(pc.table);
    uint base = group_index() * WG * ITEMS + gl_LocalInvocationID.x * ITEMS;
    Fn f = fn_identity();
    if (pc.bytes != 0u) {
        f = chunk_fn(pc.src, pc.ovr, pc.has_ovr, base, base < pc.n ? min(ITEMS, pc.n - base) : 0u);
    } else {
        for (uint k = 0u; k < ITEMS; k++) {
            uint i = base + k;
            if (i >= pc.n)
                break;
            f = fn_then(f, load_fn(pc.src, i));
        }
    }
    f = wg_inclusive_fn(f);
    if (gl_LocalInvocationID.x == WG - 1u)
        store_fn(pc.partials, group_index(), f);
}
