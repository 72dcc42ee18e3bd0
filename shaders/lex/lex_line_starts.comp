#version 460
// line_start[k] = first byte of line k (0-based); flags[] scanned inclusively.
#include "common.glsl"
layout(push_constant) uniform Push { U32 src; U32 flags; U32 line_start; uint n; } pc;

void item(uint i)
{
    if (i == 0u)
        pc.line_start.v[0] = 0u;
    if (i < pc.n && load_byte(pc.src, i) == 10u)
        pc.line_start.v[pc.flags.v[i]] = i + 1u;
}

ELEMENTWISE_MAIN
