#version 460
// LLP parser, pass 3: every pair of adjacent terminals looks up its stack
// change; its bracket and node counts are scanned into offsets. A pair the
// grammar never has is a syntax error at its second terminal.
#include "common.glsl"
#include "diag.glsl"
#include "llp.glsl"

void item(uint j)
{
    uint m = nterms();
    if (j > m)
        return;
    uint a = term_kind(int(j) - 1), b = term_kind(int(j));
    uint e = pair_entry(a, b);
    uint nb = 0u, nn = 0u;
    if (e == 0u) {
        diag_emit(pc.diags, DIAG_LLP_UNEXPECTED, term_start(j), term_end(j), a << 16 | b);
    } else {
        uint h = table(e);
        nb = (h & 0xffu) + ((h >> 8) & 0xffu);
        nn = (h >> 16) & 0xffu;
    }
    tf_set(TF_NBR, j, nb);
    tf_set(TF_NND, j, nn);
}

ELEMENTWISE_MAIN
