#version 460
// LLP parser, after the bracket match: the grammar lets any operand stand
// directly before another (Juxt) so that qualifiers parse (`pub fn`,
// `extern "C" fn`, `union U`, `impl<T> Tr for S`, `pub(crate) x`). Where
// the left one cannot qualify anything, a `;` is missing between two
// statements (`let x = 1 let y = 2;`): rustc's "expected `;`", reported
// past the left operand's end.
#include "common.glsl"
#include "diag.glsl"
#include "llp.glsl"

bool qualifies(uint a, uint b)
{
    if (a == TK_PUB || a == TK_RPAREN || a == TK_STRING || a == TK_RAW_STRING || a == TM_GEN_GT || a == TK_CRATE)
        return true;
    if (a != TK_IDENT && a != TK_RAW_IDENT) // contextual keywords: `union U`, `default fn`, `auto trait`, `raw const`
        return false;
    return b == TK_IDENT || b == TK_RAW_IDENT || b == TK_FN || b == TK_STRUCT || b == TK_ENUM || b == TK_TRAIT ||
           b == TK_IMPL || b == TK_TYPE || b == TK_CONST || b == TK_STATIC || b == TK_UNSAFE || b == TK_ASYNC ||
           b == TK_EXTERN || b == TK_MOD || b == TK_USE || b == TK_MUT;
}

void item(uint k)
{
    if (k >= pc.ns - 1u || ndf(ND_PROD, k) != P_Juxt)
        return;
    uint j = ndf(ND_TERM, k);
    if (j == 0u || qualifies(term_kind(int(j) - 1), term_kind(int(j))))
        return;
    diag_emit(pc.diags, DIAG_LLP_EXPECTED, term_start(j), term_end(j), uint(TK_SEMI) << 16 | term_kind(int(j)));
}

ELEMENTWISE_MAIN
