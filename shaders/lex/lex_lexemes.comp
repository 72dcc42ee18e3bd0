#version 460
// Scatter the start byte of every lexeme (starts[] was scanned inclusively).
#include "common.glsl"
layout(push_constant) uniform Push { U32 starts; U32 lexeme_start; uint n; } pc;

void item(uint i)
{
    if (i >= pc.n)
        return;
    uint incl = pc.starts.v[i];
    uint prev = i > 0u ? pc.starts.v[i - 1u] : 0u;
    if (incl != prev)
        pc.lexeme_start.v[incl - 1u] = i;
}

ELEMENTWISE_MAIN
