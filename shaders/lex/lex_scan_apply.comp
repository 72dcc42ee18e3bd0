#version 460
// Exclusive scan, in place, of a function array (levels above the bytes).
#include "common.glsl"
#include "dfa.glsl"
#define ITEMS 64u
layout(push_constant) uniform Push { U32 fns; U32 table; U32 partials; uint n; uint has_partials; } pc;

void main()
{
    lex_load_tables(pc.table);
    uint base = group_index() * WG * ITEMS + gl_LocalInvocationID.x * ITEMS;
    Fn f = fn_identity();
    for (uint k = 0u; k < ITEMS; k++) {
        uint i = base + k;
        if (i < pc.n)
            f = fn_then(f, load_fn(pc.fns, i));
    }
    Fn run = wg_exclusive_fn(f);
    if (pc.has_partials != 0u)
        run = fn_then(load_fn(pc.partials, group_index()), run);
    for (uint k = 0u; k < ITEMS; k++) {
        uint i = base + k;
        if (i >= pc.n)
            break;
        Fn v = load_fn(pc.fns, i);
        store_fn(pc.fns, i, run);
        run = fn_then(run, v);
    }
}
