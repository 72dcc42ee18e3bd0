#version 460
// --emit=ast, first pass: the length of every node's line in preorder:
// indentation, kind, token text, ` ;` for statements, ` : TYPE` after sema.
#include "common.glsl"
#include "dump.glsl"
#include "ast.h"
layout(push_constant) uniform Push {
    U32 src; U32 tok_start; U32 tok_end; U32 names; U32 offs; U32 out_buf; U32 copies; U32 ast;
    uint n; uint stride; uint ntok; uint types;
} pc;

uint A(uint f, uint p) { return pc.ast.v[f * pc.stride + p]; }

void item(uint p)
{
    if (p >= pc.n)
        return;
    uint t = A(A_TOK, p);
    uint len = 2u * A(A_DEPTH, p) + name_len(pc.names.v[A(A_KIND, p)]) + 1u;
    uint text = t < pc.ntok ? pc.tok_end.v[t] - pc.tok_start.v[t] : 0u;
    if (t < pc.ntok)
        len += 1u + text;
    copy_count(pc.copies, p, text);
    if (A(A_SEMI, p) != 0u)
        len += 2u;
    uint ty = pc.types != 0u ? A(A_TYPE, p) : 0u;
    if (ty != 0u)
        len += 3u + name_len(pc.names.v[64u + ty]);
    pc.offs.v[p] = len;
}

ELEMENTWISE_MAIN
