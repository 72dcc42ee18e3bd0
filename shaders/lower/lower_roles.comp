#version 460
// Lowering, pass 1: what every element of the syntax tree becomes in the
// Tier 0 tree (lower.glsl's role_of): its kind, token and end, +1 and -1 for
// the depth scan, and the refusal of anything outside Tier 0, located at the
// outermost element refused.
#include "common.glsl"
#include "diag.glsl"
#include "lower.glsl"

void refuse(uint i, uint code, uint at_tok)
{
    uint s, e;
    if (at(AT_KIND, i) == P_MacCall && is_(i + 1u, P_Name)) {
        s = pc.tok_start.v[term_tok(i + 2u)]; // `name!`
        e = pc.tok_end.v[term_tok(i + 2u)] + 1u;
    } else {
        uint t = at_tok != LW_DROP ? at_tok : refusal_tok(i);
        s = pc.tok_start.v[t];
        e = pc.tok_end.v[t];
    }
    diag_emit(pc.diags, code, s, e, 0u);
}

void item(uint i)
{
    if (i >= pc.e)
        return;
    role r = role_of(i);
    if (r.refuse != 0u && r.refuse != DIAG_UNSUPPORTED && r.refuse != DIAG_FORMAT_TOO_LONG) {
        refuse(i, r.refuse, r.at); // a syntax error: always reported
    } else if (r.refuse != 0u) {
        uint p = par(i), g = par(p);
        bool outer = (p == AT_NONE || role_of(p).refuse == 0u) && (g == AT_NONE || role_of(g).refuse == 0u);
        if (outer)
            refuse(i, r.refuse, r.at);
    }
    bool kept = r.kind != LW_DROP;
    lw_set(LW_KIND, i, r.kind);
    lw_set(LW_TOK, i, r.tok);
    lw_set(LW_END, i, r.end);
    lw_set(LW_IDX, i, kept ? 1u : 0u);
    if (kept) {
        atomicAdd(pc.lw.v[LW_DEPTH * pc.es + i], 1u);
        atomicAdd(pc.lw.v[LW_DEPTH * pc.es + r.end], 0xffffffffu);
    }
}

ELEMENTWISE_MAIN
