#version 460
// Test-only (tests/unit/test_prims.c): for every i, the answers of the
// min-tree queries mt_next_le and mt_prev_le under limits[i].
#include "common.glsl"
#include "mintree.glsl"
layout(push_constant) uniform Push { U32 tree; U32 limits; U32 out_next; U32 out_prev; uint n; } pc;

void main()
{
    uint i = global_index();
    if (i >= pc.n)
        return;
    uint limit = pc.limits.v[i];
    pc.out_next.v[i] = mt_next_le(pc.tree, i, limit);
    pc.out_prev.v[i] = mt_prev_le(pc.tree, i, limit);
}
