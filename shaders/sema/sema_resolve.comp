#version 460
// Each use (a query event, in sorted order) finds the innermost binding of
// its name in scope: the nearest earlier event whose scope depth is below
// the use's is the push just before the scope still open. Bytes are then
// compared (hash collisions). x0: sorted lo keys, x1: sorted values (event
// ids), x2: min-tree over inclusive scope depths; fmt_args: the inline
// format arguments (compile.fmt_args).
#include "common.glsl"
#include "sema.glsl"
#include "mintree.glsl"

#define FN_SCAN_MAX 4096u

// Is there a fn named [qs, qe)? (A fn used as a value is not supported yet:
// that, not E0425, is the error then.) Scans the file's fns, on this
// error path only.
bool fn_named(uint qs, uint qe)
{
    uint c = 1u;
    for (uint n = 0u; n < FN_SCAN_MAX && c < pc.nn; n++) {
        if (kind(c) == AST_FN) {
            uint name = fn_sig(c) + 1u;
            if (kind(name) == AST_FN_NAME && bytes_equal(qs, qe, tstart(tok(name)), tend(tok(name))))
                return true;
        }
        c += max(size(c), 1u);
    }
    return c < pc.nn; // more fns than the scan: do not claim E0425
}

void item(uint i)
{
    if (i >= pc.nev)
        return;
    uint lo = pc.x0.v[i];
    // Fn definitions push at one key per name, in source order: a push
    // right after another of the same name is a second definition (E0428).
    // So do the constants of one block (or of the file).
    uint fn_push = (pc.nn + 1u) * 4u + 1u;
    if ((lo & 3u) == 1u && i > 0u && pc.x0.v[i - 1u] == lo) {
        uint a = pc.x1.v[i - 1u], b = pc.x1.v[i];
        uint na = EV(EV_NODE, a), nb = EV(EV_NODE, b);
        bool items = lo == fn_push || (kind(na) == AST_CONST_NAME && kind(nb) == AST_CONST_NAME);
        if (items && S(S_HASH, na) == S(S_HASH, nb) &&
            bytes_equal(EV(EV_START, a), EV(EV_END, a), EV(EV_START, b), EV(EV_END, b))) {
            uint f = parent(kind(nb) == AST_CONST_NAME ? nb : parent(nb));
            if (kind(f) == AST_FN_RET)
                f = parent(f);
            diag_emit(pc.diags, DIAG_DUPLICATE_ITEM, tstart(tok(f)), tend(tok(f)), EV(EV_START, b));
        }
    }
    if ((lo & 3u) != 2u)
        return;
    uint q = pc.x1.v[i];
    uint node = EV(EV_NODE, q), sub = EV(EV_SUB, q);
    uint qs = EV(EV_START, q), qe = EV(EV_END, q);
    uint d = mt_get(pc.x2, 0u, i);
    uint decl = NONE;
    if (d > 0u) {
        uint j = mt_prev_le(pc.x2, i, d - 1u);
        j = j == MT_NONE ? 0u : j + 1u;
        uint b = pc.x1.v[j];
        if ((pc.x0.v[j] & 3u) == 1u && bytes_equal(qs, qe, EV(EV_START, b), EV(EV_END, b))) {
            decl = EV(EV_NODE, b);
            if (kind(decl) == AST_FN_NAME) {
                decl = parent(parent(decl));
                if (kind(decl) == AST_FN_RET)
                    decl = parent(decl);
            }
        }
    }
    if (sub == SUB_BINDING_CHECK) { // a binding named as a constant in scope is a pattern
        if (decl != NONE && kind(decl) == AST_CONST_NAME) {
            uint init, ascribe;
            uint ok = kind(binding_owner(node, init, ascribe));
            // `mut C` cannot be the constant's pattern: E0530
            uint code = kind(parent(node)) == AST_MUT ? DIAG_SHADOW_CONST : DIAG_REFUTABLE_BINDING;
            diag_emit(pc.diags, code, qs, qe, ok == AST_PARAM ? 1u : ok == AST_FOR_IN ? 2u : 0u);
        }
        return;
    }
    if (decl == NONE) {
        bool callee = kind(node) == AST_CALLEE;
        uint code = kind(node) == AST_LABEL_REF ? DIAG_UNDECLARED_LABEL
                  : callee ? DIAG_UNRESOLVED_FN : fn_named(qs, qe) ? DIAG_UNSUPPORTED : DIAG_UNRESOLVED_NAME;
        diag_emit(pc.diags, code, qs, qe, 0u);
        pc.s.v[flag_addr(FL_RESOLVE_ERR)] = 1u;
        return;
    }
    // A constant's initializer sees no local variable but its own (E0435).
    uint f = S(S_AF + pc.arg0, node);
    if (kind(decl) == AST_BINDING && f < pc.nn && kind(f) == AST_CONST && decl < f) {
        diag_emit(pc.diags, DIAG_NON_CONSTANT_VALUE, qs, qe, 0u);
        pc.s.v[flag_addr(FL_RESOLVE_ERR)] = 1u;
        return;
    }
    if (sub == NONE)
        A_set(A_DECL, node, decl);
    else
        pc.fmt_args.v[node * 8u + sub] = decl;
}

ELEMENTWISE_MAIN
