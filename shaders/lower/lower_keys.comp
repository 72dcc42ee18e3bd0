#version 460
// Lowering, pass 2: the min-tree keys that find each kept element's parent
// (the nearest kept element before it one level up); dropped ones never match.
#include "common.glsl"
#include "lower.glsl"
#define MT_KEYS 32u

void item(uint i)
{
    if (i >= pc.e)
        return;
    pc.mt.v[MT_KEYS + i] = lw(LW_KIND, i) != LW_DROP ? lw(LW_DEPTH, i) - 1u : 0xffffffffu;
}

ELEMENTWISE_MAIN
