#version 460
// Scope depth deltas of the sorted events (push +1, pop -1, query 0), as
// the min-tree's keys (x2), scanned in place afterwards.
#include "common.glsl"
#include "sema.glsl"

void item(uint i)
{
    if (i >= pc.nev)
        return;
    uint t = pc.x0.v[i] & 3u;
    pc.x2.v[32u + i] = t == 1u ? 1u : (t == 0u ? 0xffffffffu : 0u);
}

ELEMENTWISE_MAIN
