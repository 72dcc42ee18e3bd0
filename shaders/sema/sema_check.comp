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
    for (uint i = 0u; i < 4u && (kind(p) == AST_BLOCK || kind(p) == AST_LABEL); i++) {
        if (kind(p) == AST_LABEL) {
            p = p + 1u;
            continue;
        }
        uint l = S(S_LAST, p);
        if (l == NONE || A(A_SEMI, l) != 0u || kind(l) == AST_LET)
            break;
        p = l;
    }
    return p;
}

// A node's type in the strong partition (without check edges): what the
// expression is on its own, before an expectation joins it.
uint strong_type(uint p) { return comp_type(S_FA, S(S_LA, p)); }

bool implements_op(uint t, uint oc, uint ob)
{
    bool bitwise = ob == 38u || ob == 124u || ob == 94u; // & | ^
    if (oc == 0u)
        return is_int_ty(t) || t == TY_INTEGER || (t == TY_BOOL && bitwise);
    return is_int_ty(t) || t == TY_INTEGER; // shifts
}

// Operand types an arithmetic, bitwise or shift operator does not take:
// rustc's E0369 when the left operand has no such operator at all, E0277
// when the right one is not what the left one's accepts; for compound
// assignment E0368 and E0277. 0: fine (or unknown, reported elsewhere).
uint operand_check(uint p)
{
    uint k = kind(p);
    if ((k != AST_BINARY && k != AST_COMPOUND) || S(S_NCHILD, p) != 2u)
        return 0u;
    uint oc = op_class(p);
    if (oc > 1u)
        return 0u;
    uint ob = byte_at(tstart(tok(p)));
    uint tl = strong_type(p + 1u), tr = strong_type(S(S_LAST, p));
    if (tl == TY_UNKNOWN || tl == TY_NEVER || tr == TY_UNKNOWN || tr == TY_NEVER)
        return 0u;
    if (!implements_op(tl, oc, ob))
        return k == AST_COMPOUND ? DIAG_COMPOUND_LHS : DIAG_BINOP_TYPES;
    bool lint = is_int_ty(tl) || tl == TY_INTEGER, rint = is_int_ty(tr) || tr == TY_INTEGER;
    bool ok = oc == 1u ? rint : (lint ? rint : tr == TY_BOOL);
    if (!ok)
        return k == AST_COMPOUND ? DIAG_COMPOUND_RHS : DIAG_BINOP_RHS;
    return 0u;
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

    uint opc = operand_check(p);
    if (opc != 0u) {
        uint t = tok(p);
        uint l = p + 1u, rr = S(S_LAST, p);
        uint arg = (strong_type(l) << 16) | strong_type(rr);
        if (opc == DIAG_COMPOUND_LHS) // at the place; arg: its type and the operator's offset from it
            diag_emit(pc.diags, opc, span_lo(l), span_hi(l),
                      (strong_type(l) << 16) | min(tstart(t) - span_lo(l), 0xffffu));
        else
            diag_emit(pc.diags, opc, tstart(t), tend(t), arg);
    }
    // `-` of an unsigned integer or a bool, `-`/`!` of `()` (E0600)
    if (k == AST_UNARY) {
        bool neg = byte_at(tstart(tok(p))) == 45u;
        uint ot = strong_type(p + 1u);
        if (ot == TY_INTEGER && neg && final_t >= TY_U8 && final_t <= TY_USIZE) {
            // a literal negated into an unsigned type: as an operator's
            // operand rustc finds no `Neg` impl (E0277), elsewhere E0600
            uint code = qk == AST_BINARY || qk == AST_COMPOUND ? DIAG_NEG_TRAIT : DIAG_NEG_UNSIGNED;
            diag_emit(pc.diags, code, span_lo(p), span_hi(p), final_t);
        } else if ((neg && ((ot >= TY_U8 && ot <= TY_USIZE) || ot == TY_BOOL)) || ot == TY_UNIT)
            diag_emit(pc.diags, DIAG_NEG_UNSIGNED, span_lo(p), span_hi(p), ot | (neg ? 0u : 0x100u));
    }
    // `as`: integers and bools to integers, bools to bool (E0054, E0605)
    if (k == AST_CAST) {
        uint from = strong_type(p + 1u), to = final_t;
        if (from == TY_INTEGER)
            from = TY_I32; // rustc names the defaulted type
        if (from == TY_UNIT && to != TY_UNKNOWN)
            diag_emit(pc.diags, DIAG_NON_PRIMITIVE_CAST, span_lo(p), span_hi(p), (from << 16) | to);
        else if (to == TY_BOOL && is_int_ty(from))
            diag_emit(pc.diags, DIAG_CAST_TO_BOOL, span_lo(p), span_hi(p), from);
    }
    bool bool_arith = (qk == AST_BINARY || qk == AST_COMPOUND) && operand_check(q) != 0u;

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
        report(DIAG_MISMATCHED_TYPES, qk == AST_MACRO ? q : p, TY_BOOL, tb); // rustc: at the whole assert!
}

ELEMENTWISE_MAIN
