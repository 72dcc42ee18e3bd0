#version 460
// Which block children are statements ended by `;`, and the missing-`;`
// error for an expression followed by another statement.
#include "common.glsl"
#include "diag.glsl"
#include "parse_push.glsl"
#include "ast.h"
uint ast_get(uint f, uint p) { return pc.t1.v[f * pc.arg1 + p]; }
void item(uint p)
{
    uint nnodes = fld(F_NODESCAN, pc.n + 1u);
    if (p >= nnodes)
        return;
    uint q = ast_get(A_PARENT, p);
    if (q == NONE || ast_get(A_KIND, q) != AST_BLOCK)
        return;
    uint next = p + ast_get(A_SIZE, p);
    bool last = next >= q + ast_get(A_SIZE, q);
    uint t = last ? fld(F_MATCH, ast_get(A_TOK, q)) : fld(F_FV + pc.arg0, ast_get(A_TOK, next));
    if (t == NONE || t == 0u)
        return;
    t -= 1u;
    bool semi = tk(t) == TK_SEMI;
    pc.t1.v[A_SEMI * pc.arg1 + p] = semi ? 1u : 0u;
    uint kind = ast_get(A_KIND, p);
    bool block_like = kind == AST_IF || kind == AST_WHILE || kind == AST_LOOP || kind == AST_FOR || kind == AST_BLOCK;
    if (!last && !semi && !block_like)
        diag_emit(pc.diags, DIAG_EXPECTED_SEMI, pc.tok_end.v[t], pc.tok_end.v[t], pc.tok_start.v[t + 1u]);
}

ELEMENTWISE_MAIN
