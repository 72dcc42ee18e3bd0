#version 460
// Nodes whose subtree starts at the same token form one ancestor chain: count
// them and find the chain's top, so preorder = scan(counts) + depth - top.
#include "common.glsl"
#include "parse_push.glsl"
void item(uint x)
{
    if (x > pc.n + 1u)
        return;
    if (x == pc.n + 1u) {
        fld_set(F_NODESCAN, x, 0u);
        return;
    }
    bool node = x == pc.n || (fld(F_ROLE, x) & 1u) != 0u;
    fld_set(F_NODESCAN, x, node ? 1u : 0u);
    if (!node)
        return;
    uint s = pc.arg0;
    uint lo = fld(F_FV + s, x);
    atomicAdd(pc.pa.v[F_LOCOUNT * pc.stride + lo], 1u);
    atomicMin(pc.pa.v[F_LOMIN * pc.stride + lo], fld(F_PD + s, x));
}

ELEMENTWISE_MAIN
