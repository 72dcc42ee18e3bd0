#version 460
// Delimiters, second pass: every opener finds its closer (the first later
// token whose depth after it is back at the opener's depth before it) and
// checks the kinds agree; a closer that takes the depth below zero is
// unexpected; an opener with no closer leaves the file unclosed. Matched
// pairs record each other (TF_PARTNER), and every token its enclosing opener
// (TF_ENCLOSE). rustc's
// messages and positions: diag.c.
#include "common.glsl"
#include "diag.glsl"
#include "mintree.glsl"
#include "llp.glsl"

uint partner(uint k) { return k == TK_LPAREN ? TK_RPAREN : k == TK_LBRACKET ? TK_RBRACKET : TK_RBRACE; }

void item(uint i)
{
    if (i >= pc.n)
        return;
    uint k = tok(i);
    int after = int(mt_get(pc.mt, 0u, i));
    // The opener enclosing token i: the one after the last token whose depth
    // after it is below the depth before i.
    uint before = i > 0u ? mt_get(pc.mt, 0u, i - 1u) : 0u;
    uint enc = LLP_NONE;
    if (int(before) > 0) {
        uint j = mt_prev_le(pc.mt, i, before - 1u);
        enc = j == MT_NONE ? 0u : j + 1u;
    }
    tf_set(TF_ENCLOSE, pc.n + i, enc);
    if (k == TK_LPAREN || k == TK_LBRACKET || k == TK_LBRACE) {
        if (after <= 0)
            return; // inside an unexpected closer's mess: that one is reported
        uint c = mt_next_le(pc.mt, i, uint(after - 1));
        if (c == MT_NONE)
            diag_emit(pc.diags, DIAG_UNCLOSED_DELIM, pc.arg, pc.arg, 0u);
        else if (tok(c) != partner(k))
            diag_emit(pc.diags, DIAG_MISMATCHED_CLOSE, pc.tok_start.v[i], pc.tok_end.v[i], pc.tok_start.v[c]);
        else { // the partners, for the refinement's walks (llp_refine.glsl)
            tf_set(TF_PARTNER, i, c);
            tf_set(TF_PARTNER, c, i);
        }
    } else if ((k == TK_RPAREN || k == TK_RBRACKET || k == TK_RBRACE) && after == -1) {
        int before = i > 0u ? int(mt_get(pc.mt, 0u, i - 1u)) : 0;
        if (before == 0)
            diag_emit(pc.diags, DIAG_UNEXPECTED_CLOSE, pc.tok_start.v[i], pc.tok_end.v[i], 0u);
    }
}

ELEMENTWISE_MAIN
