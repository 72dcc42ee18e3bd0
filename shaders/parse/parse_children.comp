#version 460
// Child count, first and last child (token positions) of every node.
#include "common.glsl"
#include "parse_push.glsl"
void item(uint x)
{
    if (x >= pc.n)
        return;
    uint p = fld(F_PARENT, x);
    if (p == NONE)
        return;
    atomicAdd(pc.pa.v[F_NCHILD * pc.stride + p], 1u);
    atomicMin(pc.pa.v[F_FIRST * pc.stride + p], x);
    atomicMax(pc.pa.v[F_LAST * pc.stride + p], x);
}

ELEMENTWISE_MAIN
