#version 460
// Partner of every open bracket; body `{` of every if/while/for/loop/fn.
#include "common.glsl"
#include "diag.glsl"
#include "mintree.glsl"
#include "parse_push.glsl"
void item(uint i)
{
    if (i >= pc.n)
        return;
    uint k = tk(i);
    uint d = fld(F_DEPTH1, i);
    if (int(d) < 0)
        return;
    if (tk_open(k)) {
        uint c = mt_next_le(pc.t1, i, 2u * d + 1u);
        if (c != MT_NONE && fld(F_DEPTH1, c) == d) {
            fld_set(F_MATCH, i, c);
            fld_set(F_OPEN_OF, c, i);
            if (tk(c) != tk_partner(k))
                diag_emit(pc.diags, DIAG_MISMATCHED_CLOSE, pc.tok_start.v[i], pc.tok_end.v[i], pc.tok_start.v[c]);
        }
    }
    if (tk_header(k) && !(k == TK_FN && i + 1u < pc.n && tk(i + 1u) == TK_LPAREN)) {
        uint b = mt_next_le(pc.t1, i, 2u * d);
        if (b != MT_NONE && tk(b) == TK_LBRACE && fld(F_DEPTH1, b) == d) {
            fld_set(F_BODY_OF, i, b);
            fld_set(F_HEADER_OF, b, i);
        } else {
            uint at = b == MT_NONE ? pc.n - 1u : b;
            diag_emit(pc.diags, DIAG_UNEXPECTED_TOKEN, pc.tok_start.v[at], pc.tok_end.v[at], 0u);
        }
    }
}

ELEMENTWISE_MAIN
