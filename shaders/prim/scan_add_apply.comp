#version 460
// Scans each block and adds the block's carry-in (the scanned partials).
// dst may alias src. flags: 1 inclusive, 2 partials present, 4 write total.
#include "common.glsl"
#include "scan_add.glsl"
#define ITEMS 8u
layout(push_constant) uniform Push { U32 src; U32 dst; U32 partials; U32 total; uint n; uint flags; } pc;

void main()
{
    uint base = group_index() * WG * ITEMS + gl_LocalInvocationID.x * ITEMS;
    uint vals[ITEMS];
    uint sum = 0u;
    for (uint k = 0u; k < ITEMS; k++) {
        uint i = base + k;
        vals[k] = i < pc.n ? pc.src.v[i] : 0u;
        sum += vals[k];
    }
    uint run = wg_inclusive_add(sum) - sum;
    if ((pc.flags & 2u) != 0u)
        run += pc.partials.v[group_index()];
    bool inclusive = (pc.flags & 1u) != 0u;
    for (uint k = 0u; k < ITEMS; k++) {
        uint i = base + k;
        if (i >= pc.n)
            break;
        if (inclusive)
            run += vals[k];
        pc.dst.v[i] = run;
        if (!inclusive)
            run += vals[k];
        if (i == pc.n - 1u && (pc.flags & 4u) != 0u)
            pc.total.v[0] = run;
    }
}
