#version 460
// Tree, pass 5: parents from derivation indices to folded preorder indices.
#include "common.glsl"
#include "tree.glsl"

void item(uint i)
{
    if (i >= elements())
        return;
    uint up = atf(AT_PARENT, i);
    if (up != AT_NONE)
        atf_set(AT_PARENT, i, trf(TR_POS, up));
}

ELEMENTWISE_MAIN
