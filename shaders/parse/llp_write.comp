#version 460
// LLP parser, pass 4: every pair writes its stack change as brackets (closes
// for the symbols it pops, opens for those it pushes) and its productions as
// nodes, at its scanned offsets; parents inside the pair are resolved here,
// the others point at the close bracket whose match will name them.
#include "common.glsl"
#include "llp.glsl"

uint parent_ref(uint r, uint bo, uint no)
{
    if (r == 0xffu)
        return LLP_NONE;
    return (r & 0x80u) != 0u ? LLP_EXT_REF | (bo + (r & 0x7fu)) : no + r;
}

void item(uint j)
{
    uint m = nterms();
    if (j > m)
        return;
    uint e = pair_entry(term_kind(int(j) - 1), term_kind(int(j)));
    if (e == 0u)
        return;
    uint h = table(e);
    uint nc = h & 0xffu, no = (h >> 8) & 0xffu, np = (h >> 16) & 0xffu;
    uint bo = tf(TF_NBR, j), nbase = tf(TF_NND, j);
    for (uint k = 0u; k < nc; k++) {
        brf_set(BR_SYM, bo + k, table(e + 1u + k));
        brf_set(BR_REF, bo + k, j);
        brf_set(BR_DEPTH, bo + k, 0xffffffffu);
    }
    for (uint k = 0u; k < no; k++) {
        uint w = table(e + 1u + nc + k);
        brf_set(BR_SYM, bo + nc + k, (w & 0xffffu) | LLP_OPEN);
        brf_set(BR_REF, bo + nc + k, nbase + (w >> 16));
        brf_set(BR_DEPTH, bo + nc + k, 1u);
    }
    for (uint q = 0u; q < np; q++) {
        uint w = table(e + 1u + nc + no + q);
        ndf_set(ND_PROD, nbase + q, w & 0xffffu);
        ndf_set(ND_TERM, nbase + q, j);
        ndf_set(ND_PARENT, nbase + q, parent_ref(w >> 16, bo, nbase));
    }
    if (j < m)
        tf_set(TF_PARENT, j, parent_ref(h >> 24, bo, nbase));
}

ELEMENTWISE_MAIN
