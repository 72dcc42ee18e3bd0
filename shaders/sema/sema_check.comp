#version 460
// Type errors, in rustc's places: a seed that disagrees with its strong
// component; a check edge whose two sides' strong components disagree
// (reported at the expression, expected = the other side); conditions and
// logic operands that are not bool; integer literals out of range. Writes
// A_TYPE (integer components default to i32). The first invocation reports
// a missing `fn main`.
#include "common.glsl"
#include "sema.glsl"

void report(uint code, uint p, uint expected, uint found)
{
    diag_emit(pc.diags, code, span_lo(p), span_hi(p), (expected << 16) | found);
}

// The node rustc points at for a block's value: its tail expression.
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

uint max_hi(uint t) // high word of the largest value of integer type t
{
    if (t == TY_I64 || t == TY_ISIZE) return 0x7fffffffu;
    if (t == TY_U64 || t == TY_USIZE) return 0xffffffffu;
    return 0u;
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
    if (v > maxv)
        diag_emit(pc.diags, DIAG_LITERAL_OUT_OF_RANGE, tstart(tk), e, t);
}

void main()
{
    uint p = global_index();
    if (p >= pc.nn)
        return;
    if (p == 0u && pc.s.v[flag_addr(FL_MAIN)] == 0u && pc.ntok > 0u)
        diag_emit(pc.diags, DIAG_NO_MAIN, tend(pc.ntok - 1u), tend(pc.ntok - 1u), 0u);
    uint k = kind(p);
    bool div = S(S_DIV, p) != 0u;
    uint seed = S(S_SEED, p);
    uint tb = comp_type(S_FB, S(S_LB, p));
    uint final_t = div ? TY_NEVER : (tb == TY_INTEGER ? TY_I32 : (tb == TY_UNKNOWN ? seed : tb));
    if (final_t == TY_INTEGER)
        final_t = TY_I32;
    A_set(A_TYPE, p, final_t);
    if (pc.s.v[flag_addr(FL_RESOLVE_ERR)] != 0u)
        return;

    uint q = p == 0u ? NONE : parent(p);
    uint qk = p == 0u ? 0xffu : kind(q);
    uint r = S(S_RANK, p);
    uint ta = comp_type(S_FA, S(S_LA, p));
    if (seed != TY_UNKNOWN && seed != TY_NEVER && seed != TY_STR && !compat(seed, ta))
        report(DIAG_MISMATCHED_TYPES, p, ta, seed);

    uint ef = S(S_EF, p), e0 = S(S_E0, p);
    if ((ef & 1u) != 0u && e0 != NONE) {
        uint to = comp_type(S_FA, S(S_LA, e0));
        if (ta != TY_UNKNOWN && to != TY_UNKNOWN && !compat(ta, to)) {
            uint code = qk == AST_IF && r == 2u ? DIAG_IF_ELSE_TYPES : DIAG_MISMATCHED_TYPES;
            uint at = value_node(p);
            if (qk == AST_FN && at == p && fn_ret_type(q) != NONE)
                at = fn_ret_type(q);
            report(code, at, to, ta);
        }
    }

    bool want_bool = ((qk == AST_IF || qk == AST_WHILE) && r == 0u) ||
                     (qk == AST_BINARY && op_class(q) == 3u) ||
                     (qk == AST_MACRO && r == 1u && macro_is_assert(q));
    if (want_bool && !div && tb != TY_UNKNOWN && tb != TY_BOOL)
        report(DIAG_MISMATCHED_TYPES, p, TY_BOOL, tb);

    if (k == AST_INT && is_int_ty(final_t))
        check_literal(p, final_t);
}
