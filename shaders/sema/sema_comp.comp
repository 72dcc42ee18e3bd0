#version 460
// Every seeded member offers (token position, type) to its component's
// root: the minimum is the earliest; integer-typed seeds also separately.
#include "common.glsl"
#include "sema.glsl"

void item(uint p)
{
    if (p >= pc.ss)
        return;
    uint s = S(S_SEED, p);
    if (s == TY_UNKNOWN || s == TY_NEVER || s == TY_STR)
        return;
    uint key = ((p < pc.nn ? tok(p) : 0u) << 5) | s;
    uint ra = S(S_LA, p), rb = S(S_LB, p);
    atomicMin(pc.s.v[S_FA * pc.ss + ra], key);
    atomicMin(pc.s.v[S_FB * pc.ss + rb], key);
    if (is_int_ty(s)) {
        atomicMin(pc.s.v[S_FIA * pc.ss + ra], key);
        atomicMin(pc.s.v[S_FIB * pc.ss + rb], key);
    }
}

ELEMENTWISE_MAIN
