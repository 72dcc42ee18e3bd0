#version 460
// LLP parser, pass 2: every token writes its terminals (llp_refine.comp) at
// its scanned first terminal.
#include "common.glsl"
#include "llp.glsl"

void item(uint i)
{
    if (i >= pc.n)
        return;
    uint at = tf(TF_TOKTERMS, i), kinds = tf(TF_PARENT, i);
    uint count = (i + 1u < pc.n ? tf(TF_TOKTERMS, i + 1u) : nterms()) - at;
    for (uint k = 0u; k < count; k++) {
        tf_set(TF_KIND, at + k, (kinds >> (8u * k)) & 0xffu);
        tf_set(TF_TOK, at + k, i);
    }
}

ELEMENTWISE_MAIN
