#version 460
// Tree, pass 2: every kept element at its number k: where it came from, its
// depth, the terminals before it, and the keys of two min-trees: depth (for
// siblings, parents and subtree ends) and 4 depth + 0 for the nodes a suffix
// can take as its operand, + 1 for suffix nodes, + 2 for terminals.
#include "common.glsl"
#include "tree.glsl"

void item(uint x)
{
    if (x >= pc.nn + pc.m || !element_kept(x))
        return;
    uint k = pc.keep.v[merged_pos(x)];
    uint depth, term, sort;
    if (x < pc.nn) {
        depth = ndf(pc.val, x);
        term = ndf(ND_TERM, x);
        sort = (prod_info(ndf(ND_PROD, x)) >> 10) & 1u;
    } else {
        uint par = tf(TF_PARENT, x - pc.nn);
        depth = ndf(pc.val, par) + ((prod_info(ndf(ND_PROD, par)) >> 9) & 1u);
        term = x - pc.nn;
        sort = 2u;
    }
    trf_set(TR_SRC, k, x);
    trf_set(TR_DEPTH, k, depth);
    trf_set(TR_TERM, k, term);
    pc.mt.v[MT_KEYS + k] = depth;
    pc.mt2.v[MT_KEYS + k] = 4u * depth + sort;
}

ELEMENTWISE_MAIN
