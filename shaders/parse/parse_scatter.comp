#version 460
// The AST in preorder: kind, token, parent, depth, subtree size.
// t1 is the AST buffer, arg1 its stride.
#include "common.glsl"
#include "parse_push.glsl"
#include "ast.h"
void ast_set(uint f, uint p, uint v) { pc.t1.v[f * pc.arg1 + p] = v; }
void item(uint x)
{
    if (x > pc.n)
        return;
    bool node = x == pc.n || (fld(F_ROLE, x) & 1u) != 0u;
    if (!node)
        return;
    uint s = pc.arg0;
    uint p = fld(F_PRE, x);
    ast_set(A_KIND, p, fld(F_KIND, x));
    ast_set(A_TOK, p, x);
    uint par = x == pc.n ? NONE : fld(F_PARENT, x);
    ast_set(A_PARENT, p, par == NONE ? NONE : fld(F_PRE, par));
    ast_set(A_DEPTH, p, fld(F_PD + s, x));
    ast_set(A_SIZE, p, fld(F_SIZE, x));
    ast_set(A_SEMI, p, 0u);
}

ELEMENTWISE_MAIN
