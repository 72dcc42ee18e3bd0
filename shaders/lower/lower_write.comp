#version 460
// Lowering, pass 3: every kept element written as its Tier 0 node (ast.h):
// kind, token, parent, depth, size, whether a statement ends with `;`, and
// the first and last token it covers (for diagnostics' spans).
#include "common.glsl"
#include "mintree.glsl"
#include "lower.glsl"

void ast_set(uint f, uint n, uint v) { pc.ast.v[f * pc.astride + n] = v; }

// The first terminal at or after element j (j may be e).
uint terms_before(uint j) { return j < pc.e ? at(AT_FIRST, j) : pc.m; }

void item(uint i)
{
    if (i >= pc.e || lw(LW_KIND, i) == LW_DROP)
        return;
    uint n = lw(LW_IDX, i), end = lw(LW_END, i), d = lw(LW_DEPTH, i) - 1u;
    uint up = d == 0u ? AT_NONE : mt_prev_le(pc.mt, i, d - 1u);
    ast_set(A_KIND, n, lw(LW_KIND, i));
    ast_set(A_TOK, n, lw(LW_TOK, i));
    ast_set(A_PARENT, n, up == AT_NONE ? AST_NONE_INDEX : lw(LW_IDX, up));
    ast_set(A_DEPTH, n, d);
    ast_set(A_SIZE, n, lw(LW_IDX, end) - n);
    // A statement: the content of a block's list element, which a Semi follows.
    uint el = par(i);
    bool semi = is_(el, P_Elem) && (is_(par(el), P_Block) || is_(par(el), P_Body)) && is_(end_of(el), P_Semi) &&
                end_of(el) < end_of(par(el));
    ast_set(A_SEMI, n, semi ? 1u : 0u);
    if (pc.m == 0u) {
        ast_set(A_LO, n, pc.ntok);
        ast_set(A_HI, n, pc.ntok);
        return;
    }
    uint first = at(AT_FIRST, i), last = terms_before(end);
    uint lo = first < last ? first : min(first, pc.m - 1u);
    uint hi = first < last ? last - 1u : lo;
    ast_set(A_LO, n, i == 0u ? pc.ntok : pc.tf.v[TF_TOK * pc.ts + lo]);
    ast_set(A_HI, n, i == 0u ? pc.ntok : pc.tf.v[TF_TOK * pc.ts + hi]);
}

ELEMENTWISE_MAIN
