#version 460
// Conflicts only visible once check edges are joined (all edges, LB): if
// nothing was reported so far, a seed that disagrees with its component.
#include "common.glsl"
#include "sema.glsl"

void main()
{
    uint p = global_index();
    if (p >= pc.nn || pc.diags.v[0] != pc.arg1 || pc.s.v[flag_addr(FL_RESOLVE_ERR)] != 0u)
        return;
    uint seed = S(S_SEED, p);
    if (seed == TY_UNKNOWN || seed == TY_NEVER || seed == TY_STR)
        return;
    uint tb = comp_type(S_FB, S(S_LB, p));
    if (!compat(seed, tb))
        diag_emit(pc.diags, DIAG_MISMATCHED_TYPES, span_lo(p), span_hi(p), (tb << 16) | seed);
}
