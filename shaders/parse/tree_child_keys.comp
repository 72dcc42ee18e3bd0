#version 460
// Tree, pass 6: keys for the child index. Sorting the elements by depth,
// stably, lines up each level in preorder, and a parent's children are a
// run of that level starting at its first child (the elements between two
// siblings are deeper), so an element's child index is its distance in the
// sorted order from its parent's first child. Keys: depth (lo), 0 (hi);
// value: the element. The greatest depth sets how many bits the sort takes.
#include "common.glsl"
#include "tree.glsl"

void item(uint i)
{
    if (i >= elements())
        return;
    pc.tr.v[i] = 0u;
    uint depth = atf(AT_DEPTH, i);
    pc.tr.v[pc.es + i] = depth;
    atomicMax(pc.counts.v[LLP_COUNT_TREE_DEPTH], depth);
    pc.tr.v[2u * pc.es + i] = i;
}

ELEMENTWISE_MAIN
