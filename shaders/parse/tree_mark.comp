#version 460
// Tree, pass 1: mark the derivation's elements the tree keeps, at their
// preorder positions; a scan of the marks numbers them.
#include "common.glsl"
#include "tree.glsl"

void item(uint x)
{
    if (x >= pc.nn + pc.m)
        return;
    pc.keep.v[merged_pos(x)] = element_kept(x) ? 1u : 0u;
}

ELEMENTWISE_MAIN
