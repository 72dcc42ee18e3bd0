#version 460
// LLP parser, pass 6: parents found through brackets: the node that pushed
// the symbol a production expands (or a terminal matches). Also the keys
// of the min-tree that llp_depth.comp finds subtree ends with: parent + 1.
#include "common.glsl"
#include "llp.glsl"
#define MT_KEYS 32u // src/prim.h MINTREE_KEYS_OFFSET, in words

uint resolve(uint r) { return r != LLP_NONE && (r & LLP_EXT_REF) != 0u ? brf(BR_OWNER, r & ~LLP_EXT_REF) : r; }

void item(uint i)
{
    if (i < pc.ns - 1u) {
        uint p = resolve(ndf(ND_PARENT, i));
        ndf_set(ND_PARENT, i, p);
        pc.mt.v[MT_KEYS + i] = p + 1u;
    }
    if (i < nterms())
        tf_set(TF_PARENT, i, resolve(tf(TF_PARENT, i)));
}

ELEMENTWISE_MAIN
