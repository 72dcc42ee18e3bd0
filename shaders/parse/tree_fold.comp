#version 460
// Tree, pass 3: each suffix node finds its operand, the run of siblings
// before it back to the nearest one that is neither a suffix nor a terminal
// (its head; an earlier suffix of the run has taken the rest already). The
// suffix moves in front of that run, one level above it: +1 at the head and
// -1 at the suffix, scanned, count how far every element moves. A suffix
// with no operand before it (the start of its list) stays as it is.
#include "common.glsl"
#include "mintree.glsl"
#include "tree.glsl"

void item(uint k)
{
    uint e = elements();
    if (k >= e)
        return;
    uint d = trf(TR_DEPTH, k);
    uint end = mt_next_le(pc.mt, k, d);
    trf_set(TR_END, k, end == MT_NONE ? e : end);
    uint head = k;
    uint x = trf(TR_SRC, k);
    if (x < pc.nn && ((prod_info(ndf(ND_PROD, x)) >> 10) & 1u) != 0u) {
        uint h = mt_prev_le(pc.mt2, k, 4u * d);
        if (h != MT_NONE && trf(TR_DEPTH, h) == d) {
            head = h;
            atomicAdd(pc.tr.v[TR_SHIFT * pc.es + h], 1u);
            atomicAdd(pc.tr.v[TR_SHIFT * pc.es + k], 0xffffffffu);
        }
    }
    trf_set(TR_HEAD, k, head);
}

ELEMENTWISE_MAIN
