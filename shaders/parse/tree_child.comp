#version 460
// Tree, pass 8: the child index, the distance in depth order from the
// parent's first child (pass 6). Reads positions from mt2 (a copy of pass
// 7's), writes AT_CHILD.
#include "common.glsl"
#include "tree.glsl"

void item(uint i)
{
    if (i >= elements())
        return;
    uint up = atf(AT_PARENT, i);
    atf_set(AT_CHILD, i, up == AT_NONE ? 0u : pc.mt2.v[i] - pc.mt2.v[up + 1u]);
}

ELEMENTWISE_MAIN
