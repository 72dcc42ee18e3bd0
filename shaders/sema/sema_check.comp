#version 460
// Type errors, in rustc's places: a seed that disagrees with its strong
// component; a check edge whose two sides' strong components disagree
// (reported at the expression, expected = the other side); conditions and
// logic operands that are not bool; arithmetic on bool (E0369). Writes
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

// An integer literal whose value is zero (0, 0_0, 0x0, 0u8...).
bool literal_is_zero(uint t)
{
    uint i = tstart(t), e = tend(t);
    if (e - i > 2u && byte_at(i) == 48u && (byte_at(i + 1u) == 120u || byte_at(i + 1u) == 111u || byte_at(i + 1u) == 98u))
        i += 2u;
    bool any = false;
    for (; i < e; i++) {
        uint b = byte_at(i);
        if (b == 48u)
            any = true;
        else if (b != 95u)
            break;
    }
    return any && (i >= e || byte_at(i) >= 97u); // digits end at the suffix, if any
}

void item(uint p)
{
    if (p >= pc.nn)
        return;
    if (p == 0u && pc.s.v[flag_addr(FL_MAIN)] == 0u) {
        uint at = pc.ntok > 0u ? tend(pc.ntok - 1u) : 0u; // an empty file has no tokens
        diag_emit(pc.diags, DIAG_NO_MAIN, at, at, 0u);
    }
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

    if (k == AST_BINARY && op_class(p) == 0u && comp_type(S_FB, S(S_LB, p + 1u)) == TY_BOOL) {
        uint t = tok(p);
        uint b = byte_at(tstart(t));
        if (b == 43u || b == 45u || b == 42u || b == 47u || b == 37u) {
            uint rt = comp_type(S_FA, S(S_LA, S(S_LAST, p)));
            diag_emit(pc.diags, DIAG_BINOP_TYPES, tstart(t), tend(t), (TY_BOOL << 16) | rt);
        }
    }
    // Division or remainder by a literal zero: rustc's deny-by-default
    // unconditional_panic lint rejects the program.
    if ((k == AST_BINARY || k == AST_COMPOUND) && S(S_NCHILD, p) == 2u) {
        uint ob = byte_at(tstart(tok(p)));
        uint rhs = p + 1u + size(p + 1u);
        if ((ob == 47u || ob == 37u) && kind(rhs) == AST_INT && literal_is_zero(tok(rhs)))
            diag_emit(pc.diags, DIAG_UNCONDITIONAL_PANIC, span_lo(p), span_hi(p), ob == 37u ? 1u : 0u);
    }
    // `-` of an unsigned integer (E0600), as rustc rejects it
    if (k == AST_UNARY && byte_at(tstart(tok(p))) == 45u && final_t >= TY_U8 && final_t <= TY_USIZE)
        diag_emit(pc.diags, DIAG_NEG_UNSIGNED, span_lo(p), span_hi(p), final_t);
    bool bool_arith = qk == AST_BINARY && op_class(q) == 0u && comp_type(S_FB, S(S_LB, q + 1u)) == TY_BOOL;

    uint ef = S(S_EF, p), e0 = S(S_E0, p);
    if ((ef & 1u) != 0u && e0 != NONE && !bool_arith) {
        uint to = comp_type(S_FA, S(S_LA, e0));
        if (ta != TY_UNKNOWN && to != TY_UNKNOWN && !compat(ta, to)) {
            uint code = qk == AST_IF && r == 2u ? DIAG_IF_ELSE_TYPES : DIAG_MISMATCHED_TYPES;
            uint at = value_node(p);
            if (qk == AST_FN && at == p && fn_ret_type(q) != NONE)
                at = fn_ret_type(q);
            if (kind(at) == AST_IF && S(S_NCHILD, at) == 3u) {
                // rustc checks each branch against the expectation
                uint th = at + 1u + size(at + 1u), el = S(S_LAST, at);
                uint tt = comp_type(S_FA, S(S_LA, th)), te = comp_type(S_FA, S(S_LA, el));
                if (S(S_DIV, th) == 0u && !compat(tt, to))
                    report(code, value_node(th), to, tt);
                if (S(S_DIV, el) == 0u && !compat(te, to))
                    report(code, value_node(el), to, te);
            } else
                report(code, at, to, ta);
        }
    }

    bool want_bool = ((qk == AST_IF || qk == AST_WHILE) && r == 0u) ||
                     (qk == AST_BINARY && op_class(q) == 3u) ||
                     (qk == AST_MACRO && r == 1u && macro_is_assert(q));
    if (want_bool && !div && tb != TY_UNKNOWN && tb != TY_BOOL)
        report(DIAG_MISMATCHED_TYPES, p, TY_BOOL, tb);
}

ELEMENTWISE_MAIN
