#version 460
// Tree, pass 7: every element's position in the order sorted by depth
// (mt: the sorted values), into mt2 for pass 8.
#include "common.glsl"
#include "tree.glsl"

void item(uint k)
{
    if (k >= elements())
        return;
    pc.mt2.v[pc.mt.v[k]] = k;
}

ELEMENTWISE_MAIN
