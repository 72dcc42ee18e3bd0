#version 460
// Conflicts only visible once check edges are joined (all edges, LB), run
// only if nothing was reported so far (arg1: the count then).
// arg0 = 0: a check edge whose expected side's strong type differs from the
// joined component's type is reported at the expression, as rustc does when
// an earlier use already fixed the type. arg0 = 1 (if still nothing): any
// seed that disagrees with its joined component, at the seed. arg0 = 2 (if
// still nothing: rustc's later passes): E0384 assignments to immutable
// bindings, integer literals out of range for their type.
#include "common.glsl"
#include "sema.glsl"

bool concrete(uint t) { return t != TY_UNKNOWN && t != TY_INTEGER; }

uint value_node(uint p)
{
    for (uint i = 0u; i < 4u && kind(p) == AST_BLOCK; i++) {
        uint l = S(S_LAST, p);
        if (l == NONE || A(A_SEMI, l) != 0u || kind(l) == AST_LET)
            break;
        p = l;
    }
    return p;
}

void check_literal(uint p, uint t)
{
    uint tk = tok(p);
    uint s = tstart(tk), e = tend(tk);
    uint base = 10u;
    if (e - s > 2u && byte_at(s) == 48u) {
        uint b1 = byte_at(s + 1u);
        if (b1 == 120u) base = 16u;
        if (b1 == 111u) base = 8u;
        if (b1 == 98u) base = 2u;
        if (base != 10u) s += 2u;
    }
    uint64_t v = 0ul;
    bool big = false;
    for (uint i = s; i < e; i++) {
        uint b = byte_at(i);
        uint d;
        if (b == 95u) continue;
        if (b >= 48u && b <= 57u) d = b - 48u;
        else if (base == 16u && (b | 32u) >= 97u && (b | 32u) <= 102u) d = (b | 32u) - 87u;
        else break;
        uint64_t nv = v * uint64_t(base) + uint64_t(d);
        if (v > 0xffffffffffffffffUL / uint64_t(base) || nv < v * uint64_t(base))
            big = true;
        v = nv;
    }
    if (big) {
        diag_emit(pc.diags, DIAG_INT_TOO_LARGE, tstart(tk), e, 0u);
        return;
    }
    uint64_t maxv;
    bool neg = kind(parent(p)) == AST_UNARY && byte_at(tstart(tok(parent(p)))) == 45u;
    if (t == TY_I8) maxv = 127ul;
    else if (t == TY_I16) maxv = 32767ul;
    else if (t == TY_I32) maxv = 2147483647ul;
    else if (t == TY_I64 || t == TY_ISIZE) maxv = 0x7fffffffffffffffUL;
    else if (t == TY_U8) maxv = 255ul;
    else if (t == TY_U16) maxv = 65535ul;
    else if (t == TY_U32) maxv = 4294967295ul;
    else maxv = 0xffffffffffffffffUL;
    if (neg && t <= TY_ISIZE)
        maxv += 1ul;
    if (v > maxv) // rustc's span of a negated literal starts at its `-`
        diag_emit(pc.diags, DIAG_LITERAL_OUT_OF_RANGE, neg && t <= TY_ISIZE ? tstart(tok(parent(p))) : tstart(tk), e, t);
}

void item(uint p)
{
    if (p >= pc.nn || pc.diags.v[0] != pc.arg1 || pc.s.v[flag_addr(FL_RESOLVE_ERR)] != 0u)
        return;
    uint tb = comp_type(S_FB, S(S_LB, p));
    if (pc.arg0 == 0u) {
        uint e0 = S(S_E0, p);
        if ((S(S_EF, p) & 1u) == 0u || e0 == NONE || !concrete(tb))
            return;
        uint to = comp_type(S_FA, S(S_LA, e0)), tp = comp_type(S_FA, S(S_LA, p));
        uint at = value_node(p);
        if (concrete(to) && !compat(to, tb))
            diag_emit(pc.diags, DIAG_MISMATCHED_TYPES, span_lo(at), span_hi(at), (to << 16) | (concrete(tp) ? tp : tb));
        else if (concrete(tp) && !compat(tp, tb))
            diag_emit(pc.diags, DIAG_MISMATCHED_TYPES, span_lo(at), span_hi(at), (tb << 16) | tp);
        return;
    }
    if (pc.arg0 == 2u) {
        uint k = kind(p);
        if ((k == AST_ASSIGN || k == AST_COMPOUND) && kind(p + 1u) == AST_NAME) {
            uint b = A(A_DECL, p + 1u);
            // Bindings declared without a value are sema_init's.
            uint bp = b != NONE ? parent(b) : NONE;
            bool deferred = bp != NONE &&
                            (kind(bp) == AST_LET || (kind(bp) == AST_ASCRIBE && kind(parent(bp)) == AST_LET));
            bool is_static = b != NONE && kind(b) == AST_CONST_NAME && byte_at(tstart(tok(parent(b)))) == 0x73u;
            if (is_static) // `static`: E0594 over the assignment
                diag_emit(pc.diags, DIAG_ASSIGN_TO_CONST, span_lo(p), span_hi(p), 2u);
            else if (b != NONE && kind(b) == AST_CONST_NAME)
                diag_emit(pc.diags, DIAG_ASSIGN_TO_CONST, tstart(tok(p)), tend(tok(p)), k == AST_COMPOUND ? 1u : 0u);
            else if (b != NONE && kind(bp) != AST_MUT && !deferred)
                diag_emit(pc.diags, DIAG_ASSIGN_IMMUTABLE, span_lo(p), span_hi(p), tstart(tok(p + 1u)));
        }
        if (k == AST_INT && is_int_ty(A(A_TYPE, p)))
            check_literal(p, A(A_TYPE, p));
        return;
    }
    uint seed = S(S_SEED, p);
    if (seed == TY_UNKNOWN || seed == TY_NEVER || seed == TY_STR)
        return;
    if (!compat(seed, tb))
        diag_emit(pc.diags, DIAG_MISMATCHED_TYPES, span_lo(p), span_hi(p), (tb << 16) | seed);
}

ELEMENTWISE_MAIN
