#version 460
// LLP parser, pass 6: parents found through brackets: the node that pushed
// the symbol a production expands (or a terminal matches). Starts the
// pointer jumping that gives depths (llp_jump.comp): the first step up, and
// whether the parent stays in the tree.
#include "common.glsl"
#include "llp.glsl"

uint resolve(uint r) { return r != LLP_NONE && (r & LLP_EXT_REF) != 0u ? brf(BR_OWNER, r & ~LLP_EXT_REF) : r; }

void item(uint i)
{
    if (i < pc.ns - 1u) {
        uint p = resolve(ndf(ND_PARENT, i));
        ndf_set(ND_PARENT, i, p);
        ndf_set(ND_PTR_A, i, p);
        ndf_set(ND_VAL_A, i, p != LLP_NONE ? prod_kept(ndf(ND_PROD, p)) : 0u);
    }
    if (i < nterms())
        tf_set(TF_PARENT, i, resolve(tf(TF_PARENT, i)));
}

ELEMENTWISE_MAIN
