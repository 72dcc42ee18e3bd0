#version 460
// The sink is entered at depth LEX_SINK_DEPTH: the comment ends at the first
// byte where the running sum of its events reaches minus that depth.
#include "common.glsl"
#include "lex_tables.glsl"
layout(push_constant) uniform Push { U32 depth; U32 end; uint n; } pc;

void item(uint i)
{
    if (i < pc.n && pc.depth.v[i] == uint(-int(LEX_SINK_DEPTH)))
        atomicMin(pc.end.v[0], i);
}

ELEMENTWISE_MAIN
