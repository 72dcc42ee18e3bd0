#version 460
// LLP parser, depths: one round of pointer jumping up the tree (ping-pong
// between the A and B fields, arg = 0 reads A). Each node adds the kept
// ancestors its ancestor has passed; after ceil(log2(nodes)) rounds every
// node holds its depth in the tree that the `_` productions leave out of.
#include "common.glsl"
#include "llp.glsl"

void item(uint i)
{
    if (i >= pc.ns - 1u)
        return;
    uint fp = pc.arg == 0u ? ND_PTR_A : ND_PTR_B, fv = pc.arg == 0u ? ND_VAL_A : ND_VAL_B;
    uint tp = pc.arg == 0u ? ND_PTR_B : ND_PTR_A, tv = pc.arg == 0u ? ND_VAL_B : ND_VAL_A;
    uint p = ndf(fp, i), v = ndf(fv, i);
    if (p != LLP_NONE) {
        v += ndf(fv, p);
        p = ndf(fp, p);
    }
    ndf_set(tp, i, p);
    ndf_set(tv, i, v);
}

ELEMENTWISE_MAIN
