#version 460
// Second token compaction (after floats): keep[] scanned inclusively.
#include "common.glsl"
layout(push_constant) uniform Push {
    U32 keep; U32 kind_in; U32 start_in; U32 end_in; U32 kind_out; U32 start_out; U32 end_out; U32 counts;
} pc;
void item(uint t)
{
    if (t >= pc.counts.v[0])
        return;
    uint incl = pc.keep.v[t];
    uint prev = t > 0u ? pc.keep.v[t - 1u] : 0u;
    if (incl == prev)
        return;
    pc.kind_out.v[incl - 1u] = pc.kind_in.v[t];
    pc.start_out.v[incl - 1u] = pc.start_in.v[t];
    pc.end_out.v[incl - 1u] = pc.end_in.v[t];
}

ELEMENTWISE_MAIN
