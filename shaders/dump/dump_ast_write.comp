#version 460
// --emit=ast, second pass: every node writes its line at its offset.
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
    uint pos = pc.offs.v[p];
    for (uint i = 0u; i < 2u * A(A_DEPTH, p); i++)
        put_byte(pc.out_buf, pos++, 32u);
    pos = put_name(pc.out_buf, pc.names, DUMP_NAME_COUNT, pos, pc.names.v[A(A_KIND, p)]);
    uint t = A(A_TOK, p);
    if (t < pc.ntok) {
        put_byte(pc.out_buf, pos++, 32u);
        uint s = pc.tok_start.v[t], e = pc.tok_end.v[t];
        copy_job(pc.copies, pc.n, p, s, pos, e - s); // the text: dump_copy.comp
        pos += e - s;
    }
    if (A(A_SEMI, p) != 0u) {
        put_byte(pc.out_buf, pos++, 32u);
        put_byte(pc.out_buf, pos++, 59u);
    }
    uint ty = pc.types != 0u ? A(A_TYPE, p) : 0u;
    if (ty != 0u) {
        put_byte(pc.out_buf, pos++, 32u);
        put_byte(pc.out_buf, pos++, 58u);
        put_byte(pc.out_buf, pos++, 32u);
        pos = put_name(pc.out_buf, pc.names, DUMP_NAME_COUNT, pos, pc.names.v[64u + ty]);
    }
    put_byte(pc.out_buf, pos, 10u);
}

ELEMENTWISE_MAIN
