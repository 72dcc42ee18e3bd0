#version 460
// LLP parser, depths: nodes are in preorder, so a node's subtree runs from it
// to the first later node whose parent comes before it (a min-tree query
// over parents, keyed parent + 1 so the root's LLP_NONE is 0). Each kept node
// adds +1 after itself and -1 at its subtree's end; the inclusive scan that
// follows (src/llp.c) counts, for every node, the kept nodes above it: its
// depth in the tree that the `_` productions leave out of.
#include "common.glsl"
#include "llp.glsl"
#include "mintree.glsl"

void item(uint x)
{
    uint nn = pc.ns - 1u;
    if (x >= nn || prod_kept(ndf(ND_PROD, x)) == 0u)
        return;
    uint end = mt_next_le(pc.mt, x, x); // key <= x: parent < x
    atomicAdd(pc.nd.v[ND_DEPTH * pc.ns + x + 1u], 1u);
    atomicAdd(pc.nd.v[ND_DEPTH * pc.ns + (end == MT_NONE ? nn : end)], 0xffffffffu);
}

ELEMENTWISE_MAIN
