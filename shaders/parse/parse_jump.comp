#version 460
// One round of pointer jumping on all three chains (arg0: the copy to read).
// arg1 != 0: count pointers that still moved, so the host can stop early.
#include "common.glsl"
#include "parse_push.glsl"
void item(uint x)
{
    if (x > pc.n)
        return;
    uint s = pc.arg0, t = 1u - pc.arg0;
    uint a = fld(F_PA + s, x);
    fld_set(F_PD + t, x, fld(F_PD + s, x) + fld(F_PD + s, a));
    fld_set(F_PA + t, x, fld(F_PA + s, a));
    uint f = fld(F_FA + s, x);
    fld_set(F_FV + t, x, min(fld(F_FV + s, x), fld(F_FV + s, f)));
    fld_set(F_FA + t, x, fld(F_FA + s, f));
    uint l = fld(F_LA + s, x);
    fld_set(F_LV + t, x, max(fld(F_LV + s, x), fld(F_LV + s, l)));
    fld_set(F_LA + t, x, fld(F_LA + s, l));
    if (pc.arg1 != 0u && (fld(F_PA + s, a) != a || fld(F_FA + s, f) != f || fld(F_LA + s, l) != l))
        atomicAdd(pc.diags.v[1], 1u);
}

ELEMENTWISE_MAIN
