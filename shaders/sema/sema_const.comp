#version 460
// rustc's deny-by-default lints on operations whose operands are known at
// compile time (arithmetic_overflow, unconditional_panic), as its
// KnownPanicsLint finds them: values of literals, MIN/MAX, casts,
// operators, blocks, and bindings given a known value, never assigned
// again and never borrowed (a format argument or assert_eq! operand names
// it: rustc's analysis then leaves that local alone), propagated in rounds to a fixed point. A lint is reported only
// where rustc surely reaches the operation: before, in preorder, anything in
// its fn that could make code unreachable (return, break, continue, a
// panicking macro, exit, a loop without break, `while true`), and not in a
// branch a known condition rules out. So no valid program is rejected; a
// few that rustc rejects may pass.
// Runs only when nothing was reported so far (rustc lints after typeck).
// arg0 = 0: one evaluation round (FL_CHANGED when a value became known).
// arg0 = 1: marks what may cut reachability. arg0 = 2: the lints.
// arg1: the ancestor copy with the final answers.
#include "common.glsl"
#include "sema.glsl"

bool known(uint p) { return p < pc.nn && S(S_CK, p) != 0u; }
uint64_t val(uint p) { return uint64_t(S(S_CLO, p)) | (uint64_t(S(S_CHI, p)) << 32); }
void set_val(uint p, uint64_t v)
{
    S_set(S_CLO, p, uint(v));
    S_set(S_CHI, p, uint(v >> 32));
    S_set(S_CK, p, 1u);
    pc.s.v[flag_addr(FL_CHANGED)] = 1u;
}
uint ty(uint p) { return A(A_TYPE, p); }
// Inside a const item's initializer, where rustc evaluates at compile time
// and what would panic at run time is E0080.
bool in_const(uint p)
{
    uint f = S(S_AF + pc.arg1, p);
    return f < pc.nn && kind(f) == AST_CONST;
}
void const_eval_error(uint p, uint what) { diag_emit(pc.diags, DIAG_CONST_EVAL, span_lo(p), span_hi(p), what); }

// The operator's first byte and whether it is two bytes (`<<`, `>>`).
uint op_byte(uint p) { return byte_at(tstart(tok(p))); }

// a op b in type t; ok is false where rustc's debug build would panic.
uint64_t arith(uint ob, bool shift2, uint64_t a, uint64_t b, uint t, out bool ok)
{
    ok = true;
    bool sg = ty_signed(t);
    uint bits = ty_bits(t);
    int64_t sa = int64_t(a), sb = int64_t(b);
    uint64_t r = 0ul;
    if (shift2) {
        if (b >= uint64_t(bits)) { // also a negative count
            ok = false;
            return 0ul;
        }
        if (ob == 60u)
            r = a << b;
        else
            r = sg ? uint64_t(sa >> int64_t(b)) : (a & ty_max(t)) >> b;
        return ty_norm(r, t);
    }
    if (ob == 43u) r = a + b;
    else if (ob == 45u) r = a - b;
    else if (ob == 42u) r = a * b;
    else if (ob == 47u || ob == 37u) {
        if (b == 0ul || (sg && a == ty_min(t) && sb == -1l)) {
            ok = false;
            return 0ul;
        }
        if (sg)
            r = uint64_t(ob == 47u ? sa / sb : sa - (sa / sb) * sb);
        else
            r = ob == 47u ? a / b : a % b;
        return r;
    } else if (ob == 38u) return a & b;
    else if (ob == 124u) return a | b;
    else if (ob == 94u) return a ^ b;
    // + - *: overflow if the exact result leaves the type
    if (bits < 64u) { // operands of up to 32 bits: the 64-bit result is exact
        ok = ty_norm(r, t) == r;
        return r;
    }
    if (ob == 43u)
        ok = sg ? ((a ^ r) & (b ^ r)) >> 63 == 0ul : r >= a;
    else if (ob == 45u)
        ok = sg ? ((a ^ b) & (a ^ r)) >> 63 == 0ul : a >= b;
    else if (a != 0ul) {
        if (sg)
            ok = !(sa == -1l && b == ty_min(t)) && !(sb == -1l && a == ty_min(t)) && int64_t(r) / sa == sb;
        else
            ok = r / a == b;
    }
    return r;
}

void evaluate(uint p)
{
    uint k = kind(p);
    uint t = ty(p);
    if (k == AST_INT) {
        if (is_int_ty(t))
            set_val(p, ty_norm(literal_value(tstart(tok(p)), tend(tok(p))), t));
    } else if (k == AST_BOOL) {
        set_val(p, byte_at(tstart(tok(p))) == 116u ? 1ul : 0ul);
    } else if (k == AST_PATH) {
        if (is_int_ty(t) && kind(p + 1u) == AST_TYPE)
            set_val(p, text_is(p + 2u, 3u, 0x58414du, 0u, 0u) ? ty_max(t) : ty_min(t));
    } else if (k == AST_PAREN) {
        if (known(p + 1u))
            set_val(p, val(p + 1u));
    } else if (k == AST_BLOCK) {
        uint l = S(S_LAST, p);
        if (l != NONE && A(A_SEMI, l) == 0u && kind(l) != AST_LET && S(S_DIV, p) == 0u && known(l))
            set_val(p, val(l));
    } else if (k == AST_NAME) {
        uint d = A(A_DECL, p);
        if (d != NONE && (kind(d) == AST_BINDING || kind(d) == AST_CONST_NAME) && known(d))
            set_val(p, val(d));
    } else if (k == AST_CONST_NAME) {
        uint e = S(S_LAST, parent(p));
        if (known(e))
            set_val(p, val(e));
        else
            pc.s.v[flag_addr(FL_CONST_PENDING)] = 1u;
    } else if (k == AST_BINDING) {
        uint init, ascribe;
        binding_owner(p, init, ascribe);
        if (init != NONE && S(S_ASSIGNED, p) == 0u && S(S_BORROWED, p) == 0u && known(S(S_LAST, init)))
            set_val(p, val(S(S_LAST, init)));
    } else if (k == AST_UNARY) {
        if (!known(p + 1u))
            return;
        uint64_t v = val(p + 1u);
        if (op_byte(p) == 45u && kind(p + 1u) == AST_INT) {
            set_val(p, ty_norm(0ul - v, t)); // a negative literal, as `-128i8`
        } else if (op_byte(p) == 45u) {
            if (ty_signed(t) && v != ty_min(t))
                set_val(p, ty_norm(0ul - v, t));
            else if (ty_signed(t) && in_const(p))
                const_eval_error(p, 1u);
        } else {
            set_val(p, t == TY_BOOL ? (v ^ 1ul) : ty_norm(~v, t));
        }
    } else if (k == AST_CAST) {
        if (known(p + 1u) && is_int_ty(t))
            set_val(p, ty_norm(val(p + 1u), t));
    } else if (k == AST_BINARY && S(S_NCHILD, p) == 2u) {
        uint l = p + 1u, r = S(S_LAST, p);
        uint oc = op_class(p), ob = op_byte(p);
        if (oc == 3u) { // && ||: the left side may decide alone
            if (known(l) && (val(l) != 0ul) == (ob == 124u))
                set_val(p, val(l));
            else if (known(l) && known(r))
                set_val(p, val(r));
            return;
        }
        if (!known(l) || !known(r))
            return;
        uint64_t a = val(l), b = val(r);
        uint lt = ty(l);
        if (oc == 2u) {
            uint b1 = byte_at(tstart(tok(p)) + 1u);
            bool sg = ty_signed(lt);
            bool lt_ = sg ? int64_t(a) < int64_t(b) : a < b;
            bool gt_ = sg ? int64_t(a) > int64_t(b) : a > b;
            bool res = ob == 61u ? a == b : ob == 33u ? a != b
                     : ob == 60u ? (b1 == 61u ? !gt_ : lt_) : (b1 == 61u ? !lt_ : gt_);
            set_val(p, res ? 1ul : 0ul);
            return;
        }
        bool ok;
        uint64_t v = arith(ob, oc == 1u, a, b, oc == 1u ? lt : t, ok);
        if (ok)
            set_val(p, v);
        else if (in_const(p))
            const_eval_error(p, ob);
    }
}

// A constant's value for the code generator (its uses are immediates), or
// the refusal of one this evaluator cannot compute. An inline format
// argument `{N}` naming a constant is encoded as a sign-extended 32-bit
// immediate: a value beyond that is refused.
bool fits_simm32(uint64_t v) { return int64_t(v) >= -2147483648l && int64_t(v) <= 2147483647l; }
void constant(uint p)
{
    uint k = kind(p);
    if (k == AST_CONST_NAME) {
        uint e = S(S_LAST, parent(p));
        if (!known(p)) {
            diag_emit(pc.diags, DIAG_CONST_UNKNOWN, span_lo(e), span_hi(e), 0u);
            return;
        }
        A_set(A_VLO, p, S(S_CLO, p));
        A_set(A_VHI, p, S(S_CHI, p));
        return;
    }
    if (k != AST_STR)
        return;
    for (uint sub = 0u; sub < 8u; sub++) {
        uint d = pc.fmt_args.v[p * 8u + sub];
        if (d < pc.nn && kind(d) == AST_CONST_NAME && known(d) && !fits_simm32(val(d)))
            diag_emit(pc.diags, DIAG_UNSUPPORTED, span_lo(p), span_hi(p), 0u);
    }
}

// May code after p in its fn be unreachable for rustc?
bool cuts_reachability(uint p)
{
    uint k = kind(p);
    if (k == AST_RETURN || k == AST_BREAK || k == AST_CONTINUE)
        return true;
    if (k == AST_MACRO)
        return macro_is_panic(p);
    if (k == AST_CALL)
        return call_is_exit(p);
    if (k == AST_LOOP)
        return S(S_DIV, p) != 0u;
    if (k == AST_WHILE) // `while true` may never end
        return known(p + 1u) && val(p + 1u) != 0ul;
    return false;
}

// Is p inside a branch that a known condition rules out: the then-block of
// `if false`, the else of `if true`, the body of `while false`?
bool ruled_out(uint p, uint f)
{
    for (uint g = 0u; g < 256u && p != f && p != 0u; g++) {
        uint q = parent(p);
        if (kind(q) == AST_WHILE && known(q + 1u) && val(q + 1u) == 0ul && S(S_RANK, p) == 1u)
            return true; // the body of `while false`
        if (kind(q) == AST_IF && known(q + 1u) && S(S_RANK, p) >= 1u) {
            bool taken = val(q + 1u) != 0ul;
            if ((S(S_RANK, p) == 1u) != taken)
                return true;
        }
        p = q;
    }
    return p != f; // too deep to tell: take it as ruled out
}

void lint(uint p)
{
    uint k = kind(p);
    if ((k != AST_BINARY && k != AST_COMPOUND && k != AST_UNARY) || in_const(p))
        return;
    uint f = S(S_AF + pc.arg1, p);
    if (f >= pc.nn)
        return;
    uint cut = S(S_REACH, f);
    if (cut != 0u && p >= pc.nn - cut)
        return;
    if (ruled_out(p, f))
        return;
    uint at = p; // rustc gives a parenthesised expression the parens' span
    for (uint g = 0u; g < 64u && kind(parent(at)) == AST_PAREN; g++)
        at = parent(at);
    uint lo = span_lo(at), hi = span_hi(at);
    if (k == AST_UNARY) {
        uint t = ty(p);
        if (op_byte(p) == 45u && kind(p + 1u) != AST_INT && known(p + 1u) && ty_signed(t) && val(p + 1u) == ty_min(t))
            diag_emit(pc.diags, DIAG_ARITH_OVERFLOW, lo, hi, 0u);
        return;
    }
    if (S(S_NCHILD, p) != 2u)
        return;
    uint l = p + 1u, r = S(S_LAST, p);
    uint oc = op_class(p), ob = op_byte(p);
    if (oc > 1u)
        return;
    uint lt = ty(l);
    if (!is_int_ty(lt) || !known(r))
        return;
    uint64_t b = val(r);
    if (oc == 1u) { // shifts: the count alone decides
        bool neg = ty_signed(ty(r)) && int64_t(b) < 0l;
        if (neg || b >= uint64_t(ty_bits(lt)))
            diag_emit(pc.diags, DIAG_ARITH_OVERFLOW, lo, hi, 0u);
        return;
    }
    if ((ob == 47u || ob == 37u) && b == 0ul) {
        diag_emit(pc.diags, DIAG_UNCONDITIONAL_PANIC, lo, hi, ob == 37u ? 1u : 0u);
        return;
    }
    if (k == AST_COMPOUND || !known(l))
        return;
    bool ok;
    arith(ob, false, val(l), b, lt, ok);
    if (!ok)
        diag_emit(pc.diags, (ob == 47u || ob == 37u) ? DIAG_UNCONDITIONAL_PANIC : DIAG_ARITH_OVERFLOW, lo, hi,
                  ob == 37u ? 3u : ob == 47u ? 2u : 0u);
}

void item(uint p)
{
    if (p >= pc.nn || pc.diags.v[0] != 0u)
        return;
    if (pc.arg0 == 0u) {
        if (!known(p))
            evaluate(p);
    } else if (pc.arg0 == 1u) {
        uint f = S(S_AF + pc.arg1, p);
        if (f < pc.nn && cuts_reachability(p))
            atomicMax(pc.s.v[S_REACH * pc.ss + f], pc.nn - p);
    } else {
        lint(p);
        constant(p);
    }
}

ELEMENTWISE_MAIN
