#version 460
// Pointer-jumping state: parent chains (for depth), first-child chains (for
// the first token of a subtree) and last-child chains (for the last).
#include "common.glsl"
#include "parse_push.glsl"
void item(uint x)
{
    if (x > pc.n)
        return;
    bool node = x == pc.n || (fld(F_ROLE, x) & 1u) != 0u;
    bool kids = node && fld(F_NCHILD, x) > 0u;
    fld_set(F_PA, x, (node && x != pc.n) ? fld(F_PARENT, x) : x);
    fld_set(F_PD, x, (node && x != pc.n) ? 1u : 0u);
    fld_set(F_FA, x, kids ? fld(F_FIRST, x) : x);
    fld_set(F_FV, x, x);
    fld_set(F_LA, x, kids ? fld(F_LAST, x) : x);
    fld_set(F_LV, x, x);
}

ELEMENTWISE_MAIN
