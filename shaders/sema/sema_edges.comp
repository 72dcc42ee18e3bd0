#version 460
// Per node: its own type (seed), at most two type-equality edges (slot 0
// from its parent's rule, slot 1 from its own kind), marked "check" where
// rustc checks an expression against an expected type (let annotations,
// arguments, return values, assignments, else branches, right operands);
// the static checks (E0061, E0412); labels for union-find.
// arg0: the ancestor copy with the final answers.
#include "common.glsl"
#include "sema.glsl"

void item(uint p)
{
    if (p >= pc.ss)
        return;
    S_set(S_LA, p, p);
    S_set(S_LB, p, p);
    S_set(S_FA, p, NONE);
    S_set(S_FIA, p, NONE);
    S_set(S_FB, p, NONE);
    S_set(S_FIB, p, NONE);
    if (p >= pc.nn) {
        uint t = p - pc.nn;
        S_set(S_SEED, p, t < 16u && t != TY_INTEGER ? t : 0u);
        S_set(S_E0, p, NONE);
        S_set(S_E1, p, NONE);
        S_set(S_EF, p, 0u);
        return;
    }
    uint UNIT = pc.nn + TY_UNIT;
    uint k = kind(p);
    bool div = S(S_DIV, p) != 0u;
    uint seed = TY_UNKNOWN;
    uint q = p == 0u ? NONE : parent(p);
    uint qk = p == 0u ? 0xffu : kind(q);
    uint r = S(S_RANK, p);

    if (k == AST_INT)
        seed = int_literal_type(p);
    else if (k == AST_BOOL)
        seed = TY_BOOL;
    else if (k == AST_STR)
        seed = TY_STR;
    else if (k == AST_UNIT || k == AST_LET || k == AST_CONST || k == AST_WHILE || k == AST_FOR || k == AST_ASSIGN ||
             k == AST_COMPOUND || k == AST_MACRO)
        seed = TY_UNIT;
    else if (k == AST_BINARY && op_class(p) >= 2u)
        seed = TY_BOOL;
    else if (k == AST_TYPE) {
        uint t = tok(p);
        seed = type_named(tstart(t), tend(t));
        if (seed == TY_UNKNOWN &&
            (qk == AST_ASCRIBE || qk == AST_PARAM || qk == AST_FN_RET || qk == AST_CAST || qk == AST_CONST))
            diag_emit(pc.diags, known_unsupported_type(tstart(t), tend(t)) ? DIAG_UNSUPPORTED : DIAG_UNKNOWN_TYPE,
                      tstart(t), tend(t), 0u);
    } else if (k == AST_IF && S(S_NCHILD, p) < 3u)
        seed = TY_UNIT;
    else if (k == AST_BLOCK) {
        uint l = S(S_LAST, p);
        if (l == NONE || A(A_SEMI, l) != 0u || kind(l) == AST_LET)
            seed = TY_UNIT;
    } else if (k == AST_LABEL && !is_loop_kind(kind(p + 1u)) && (S(S_BRK, p) & 2u) != 0u)
        seed = TY_UNIT; // `break 'a;` out of a labeled block
    if (div)
        seed = TY_NEVER;

    uint e0 = NONE, e1 = NONE, ef = 0u;
    // slot 1: the node's own kind
    if (k == AST_NAME)
        e1 = A(A_DECL, p);
    else if (k == AST_CALL) {
        uint c = p + 1u;
        if (kind(c) == AST_CALLEE && A(A_DECL, c) != NONE) {
            uint f = A(A_DECL, c), rt = fn_ret_type(f);
            e1 = rt != NONE ? rt : UNIT;
            uint sig = fn_sig(f);
            uint want = S(S_NCHILD, sig) - 1u, got = S(S_NCHILD, p) - 1u;
            if (want != got) {
                uint t = tok(c);
                diag_emit(pc.diags, DIAG_ARG_COUNT, tstart(t), tend(t), (want << 16) | got);
            }
        }
    } else if (k == AST_CAST)
        e1 = S(S_LAST, p);
    else if (k == AST_PATH && kind(p + 1u) == AST_TYPE)
        e1 = p + 1u;
    else if (k == AST_LOOP && (S(S_BRK, p) & 2u) != 0u)
        e1 = UNIT;
    else if (k == AST_LABEL) // what it labels; breaks to a labeled block join it
        e1 = p + 1u;
    else if (k == AST_CONST_NAME) // its declared type
        e1 = p + 1u;
    else if (k == AST_BINDING) {
        uint b = q;
        if (kind(b) == AST_MUT)
            b = parent(b);
        if (kind(b) == AST_ASCRIBE || kind(b) == AST_PARAM)
            e1 = S(S_LAST, b);
    }

    // slot 0: the parent's rule for this child
    bool check = false;
    if (qk == AST_PAREN || qk == AST_UNARY)
        e0 = q;
    else if (qk == AST_BLOCK) {
        if (p == S(S_LAST, q) && A(A_SEMI, p) == 0u && k != AST_LET)
            e0 = q;
    } else if (qk == AST_FN) {
        if (k == AST_BLOCK) {
            uint rt = fn_ret_type(q);
            e0 = rt != NONE ? rt : UNIT;
            check = true;
        }
    } else if (qk == AST_LET_INIT) {
        if (r == 1u) {
            e0 = pattern_binding(q + 1u);
            check = kind(q + 1u) == AST_ASCRIBE;
        }
    } else if (qk == AST_CONST) {
        if (r == 2u) { // the initializer, checked against the type
            e0 = q + 2u;
            check = true;
        }
    } else if (qk == AST_RETURN) {
        uint f = S(S_AF + pc.arg0, p);
        if (f < pc.nn) {
            uint rt = fn_ret_type(f);
            e0 = rt != NONE ? rt : UNIT;
            check = true;
        }
    } else if (qk == AST_BREAK) {
        uint l = S(S_AL + pc.arg0, q); // its target (sema_labels)
        // (a value out of `while`/`for` is E0571, not a type error)
        if (l < pc.nn && k != AST_LABEL_REF && kind(l) != AST_WHILE && kind(l) != AST_FOR)
            e0 = l;
    } else if (qk == AST_IF) {
        if (r == 1u) {
            e0 = S(S_NCHILD, q) == 3u ? q : UNIT;
            check = e0 == UNIT;
        } else if (r == 2u) {
            e0 = q;
            check = true;
        }
    } else if (qk == AST_WHILE || qk == AST_FOR) {
        if (r == 1u) {
            e0 = UNIT;
            check = true;
        }
    } else if (qk == AST_FOR_IN) {
        if (r == 1u)
            e0 = pattern_binding(q + 1u);
    } else if (qk == AST_RANGE) {
        e0 = q;
        check = r == 1u;
    } else if (qk == AST_ASSIGN || qk == AST_COMPOUND) {
        if (r == 1u && (qk == AST_ASSIGN || op_class(q) != 1u)) {
            e0 = q + 1u;
            check = true;
        }
    } else if (qk == AST_BINARY) {
        uint oc = op_class(q);
        if (oc == 0u) {
            e0 = q;
            check = r == 1u;
        } else if (oc == 1u) {
            if (r == 0u)
                e0 = q;
        } else if (oc == 2u) {
            if (r == 1u) {
                e0 = q + 1u;
                check = true;
            }
        }
    } else if (qk == AST_CALL) {
        uint c = q + 1u;
        if (r >= 1u && kind(c) == AST_CALLEE && A(A_DECL, c) != NONE) {
            uint sig = fn_sig(A(A_DECL, c));
            if (r < S(S_NCHILD, sig)) {
                e0 = S(S_PARAM, sig + r);
                check = true;
            }
        } else if (r == 1u && call_is_exit(q)) {
            e0 = pc.nn + TY_I32;
            check = true;
        }
    } else if (qk == AST_MACRO) {
        if (r == 2u && macro_is_assert_eq(q)) {
            e0 = q + 1u + size(q + 1u);
            check = true;
        }
    }
    if (div || (e0 < pc.nn && S(S_DIV, e0) != 0u))
        e0 = NONE;
    if (div || (e1 < pc.nn && S(S_DIV, e1) != 0u))
        e1 = NONE;
    if (check)
        ef |= 1u;
    S_set(S_SEED, p, seed);
    S_set(S_E0, p, e0);
    S_set(S_E1, p, e1);
    S_set(S_EF, p, ef);
}

ELEMENTWISE_MAIN
