#version 460
// Union-find by hooking: every edge links its endpoints' labels, the larger
// label under the smaller (labels only decrease, label <= node). Two label
// sets at once: LA over strong edges only, LB over all edges.
#include "common.glsl"
#include "sema.glsl"

void hook(uint f, uint a, uint b)
{
    uint la = S(f, a), lb = S(f, b);
    if (la != lb) {
        atomicMin(pc.s.v[f * pc.ss + max(la, lb)], min(la, lb));
        pc.s.v[flag_addr(FL_CHANGED)] = 1u;
    }
}

void item(uint p)
{
    if (p >= pc.nn)
        return;
    uint ef = S(S_EF, p);
    uint e0 = S(S_E0, p), e1 = S(S_E1, p);
    if (e0 != NONE) {
        hook(S_LB, p, e0);
        if ((ef & 1u) == 0u)
            hook(S_LA, p, e0);
    }
    if (e1 != NONE) {
        hook(S_LB, p, e1);
        hook(S_LA, p, e1);
    }
}

ELEMENTWISE_MAIN
