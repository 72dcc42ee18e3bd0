#version 460
// Preorder index and subtree size of every node, then the AST arrays in
// preorder (arg1: unused). The AST buffer is passed as t1, its stride as arg1.
#include "common.glsl"
#include "parse_push.glsl"
#include "ast.h"
void item(uint x)
{
    if (x > pc.n)
        return;
    bool node = x == pc.n || (fld(F_ROLE, x) & 1u) != 0u;
    if (!node)
        return;
    uint s = pc.arg0;
    uint lo = fld(F_FV + s, x), hi = fld(F_LV + s, x);
    uint depth = fld(F_PD + s, x);
    uint pre = fld(F_LOCOUNT, lo) + depth - fld(F_LOMIN, lo);
    uint size = fld(F_NODESCAN, hi + 1u) - fld(F_NODESCAN, lo);
    fld_set(F_PRE, x, pre);
    fld_set(F_SIZE, x, size);
}

ELEMENTWISE_MAIN
