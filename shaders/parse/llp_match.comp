#version 460
// LLP parser, pass 5: every close bracket finds its open (the last bracket
// before it whose depth is not above its own, plus one: min-tree query) and
// checks it pops the symbol that was pushed. A mismatch is a syntax error at
// the pair's second terminal: the grammar expected that symbol there.
#include "common.glsl"
#include "diag.glsl"
#include "mintree.glsl"
#include "llp.glsl"

void item(uint k)
{
    if (k >= pc.bs - 1u)
        return;
    uint sym = brf(BR_SYM, k);
    if ((sym & LLP_OPEN) != 0u)
        return;
    uint j = brf(BR_REF, k);
    int d = int(mt_get(pc.mt, 0u, k));
    uint o = LLP_NONE;
    if (d >= 0) {
        uint l = mt_prev_le(pc.mt, k, uint(d));
        o = l == MT_NONE ? 0u : l + 1u;
    }
    uint os = o != LLP_NONE ? brf(BR_SYM, o) : 0u;
    if (o == LLP_NONE || (os & LLP_OPEN) == 0u || (os & 0xffffu) != sym) {
        uint expected = o != LLP_NONE ? os & 0xffffu : TM_EOI;
        diag_emit(pc.diags, DIAG_LLP_EXPECTED, term_start(j), term_end(j), expected << 16 | term_kind(int(j)));
        return;
    }
    brf_set(BR_OWNER, k, brf(BR_REF, o));
}

ELEMENTWISE_MAIN
