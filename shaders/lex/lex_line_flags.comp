#version 460
// 1 for every newline byte: scanned into the line-start table.
#include "common.glsl"
layout(push_constant) uniform Push { U32 src; U32 flags; uint n; } pc;

void main()
{
    uint i = global_index();
    if (i < pc.n)
        pc.flags.v[i] = load_byte(pc.src, i) == 10u ? 1u : 0u;
}
