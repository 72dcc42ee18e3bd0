#version 460
// Tree, pass 4: every element to its folded preorder index. An element moves
// down by the suffixes moved in front of it (s) and one level deeper for
// each; a suffix starts where its operand started. Its parent is its next
// sibling other than a terminal when that is a suffix that took an operand
// (whose run it is then in), else
// its parent in the derivation (written as a derivation index here,
// tree_link.comp renumbers it).
#include "common.glsl"
#include "mintree.glsl"
#include "tree.glsl"

void item(uint k)
{
    uint e = elements();
    if (k >= e)
        return;
    uint s = trf(TR_SHIFT, k), start = trf(TR_HEAD, k), end = trf(TR_END, k), d = trf(TR_DEPTH, k);
    uint i = start + s;
    uint up = d == 0u ? AT_NONE : mt_prev_le(pc.mt, k, d - 1u);
    uint next = mt_next_le(pc.mt2, k, 4u * d + 1u);
    if (next != MT_NONE && trf(TR_DEPTH, next) == d && trf(TR_HEAD, next) != next)
        up = next;
    uint x = trf(TR_SRC, k);
    trf_set(TR_POS, k, i);
    atf_set(AT_KIND, i, x < pc.nn ? prod_info(ndf(ND_PROD, x)) >> 16 : AT_TERMINAL | tf(TF_KIND, x - pc.nn));
    atf_set(AT_PARENT, i, up);
    atf_set(AT_DEPTH, i, d + s);
    atf_set(AT_SIZE, i, end - start);
    atf_set(AT_FIRST, i, trf(TR_TERM, start));
    atf_set(AT_END, i, end < e ? trf(TR_TERM, end) : pc.m);
    atf_set(AT_SRC, i, x);
}

ELEMENTWISE_MAIN
