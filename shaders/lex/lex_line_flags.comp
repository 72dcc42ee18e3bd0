#version 460
// 1 for every newline byte: scanned into the line-start table. Also notes
// whether the source has any carriage return (counts[4]), so literals and doc
// comments of files without one skip the bare-CR check.
#include "common.glsl"
layout(push_constant) uniform Push { U32 src; U32 flags; U32 counts; uint n; } pc;

void item(uint i)
{
    if (i >= pc.n)
        return;
    uint b = load_byte(pc.src, i);
    pc.flags.v[i] = b == 10u ? 1u : 0u;
    if (b == 13u)
        pc.counts.v[4] = 1u;
}

ELEMENTWISE_MAIN
