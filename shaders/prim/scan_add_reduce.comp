#version 460
// Per-block sums of a u32 array: first level of reduce-then-scan.
#include "common.glsl"
#include "scan_add.glsl"
#define ITEMS 8u
layout(push_constant) uniform Push { U32 src; U32 partials; uint n; } pc;

void main()
{
    uint base = group_index() * WG * ITEMS;
    uint s = 0u;
    for (uint k = 0u; k < ITEMS; k++) {
        uint i = base + k * WG + gl_LocalInvocationID.x;
        if (i < pc.n)
            s += pc.src.v[i];
    }
    s = wg_inclusive_add(s);
    if (gl_LocalInvocationID.x == WG - 1u)
        pc.partials.v[group_index()] = s;
}
