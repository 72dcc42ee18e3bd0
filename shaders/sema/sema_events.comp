#version 460
// Resolution events, keyed (name hash, position * 4 + type): a binding
// pushes at the start of its scope and pops at its end, a use queries at its
// own position; fns (pushed before and popped after every callee) live at
// positions offset by nn + 1, a namespace of their own. Types: 0 pop,
// 1 push, 2 query, so a scope that ends where a use sits does not cover it;
// 3 inert (an empty scope).
#include "common.glsl"
#include "sema.glsl"

void emit(inout uint e, uint hi, uint lo, uint node, uint sub, uint s, uint en)
{
    EV_set(EV_HI, e, hi);
    EV_set(EV_LO, e, lo);
    EV_set(EV_VAL, e, e);
    EV_set(EV_NODE, e, node);
    EV_set(EV_SUB, e, sub);
    EV_set(EV_START, e, s);
    EV_set(EV_END, e, en);
    e++;
}

void item(uint p)
{
    if (p >= pc.nn)
        return;
    uint k = kind(p);
    uint e = S(S_EVOFF, p);
    uint t = tok(p);
    uint h = S(S_HASH, p);
    uint fns = pc.nn + 1u;
    if (k == AST_BINDING) {
        uint init, ascribe;
        uint q = binding_owner(p, init, ascribe);
        uint qk = kind(q);
        uint s = 0u, en = 0u;
        if (qk == AST_LET) {
            uint b = parent(q);
            s = q + size(q);
            en = b + size(b);
        } else if (qk == AST_PARAM) {
            uint f = parent(parent(q));
            if (kind(f) == AST_FN_RET)
                f = parent(f);
            s = S(S_LAST, f);
            en = f + size(f);
        } else if (qk == AST_FOR_IN) {
            uint f = parent(q);
            s = S(S_LAST, f);
            en = f + size(f);
        }
        // A let that ends its block has an empty scope (s == en), whose pop
        // would sort before its push: both become inert (type 3).
        uint ty_push = s == en ? 3u : 1u, ty_pop = s == en ? 3u : 0u;
        emit(e, h, s * 4u + ty_push, p, NONE, tstart(t), tend(t));
        emit(e, h, en * 4u + ty_pop, p, NONE, tstart(t), tend(t));
        emit(e, h, p * 4u + 2u, p, SUB_BINDING_CHECK, tstart(t), tend(t));
    } else if (k == AST_CONST_NAME) { // an item: in scope in all its block, or the file
        uint b = parent(parent(p));
        uint s = b == 0u ? 0u : b + 1u, en = b == 0u ? pc.nn : b + size(b);
        emit(e, h, s * 4u + 1u, p, NONE, tstart(t), tend(t));
        emit(e, h, en * 4u, p, NONE, tstart(t), tend(t));
    } else if (k == AST_LABEL) { // in scope over what it labels
        emit(e, h, (p + 1u) * 4u + 1u, p, NONE, tstart(t), tend(t));
        emit(e, h, (p + size(p)) * 4u, p, NONE, tstart(t), tend(t));
    } else if (k == AST_FN_NAME) {
        emit(e, h, fns * 4u + 1u, p, NONE, tstart(t), tend(t));
        emit(e, h, (fns + pc.nn) * 4u, p, NONE, tstart(t), tend(t));
    } else if (k == AST_NAME || k == AST_LABEL_REF) {
        emit(e, h, p * 4u + 2u, p, NONE, tstart(t), tend(t));
    } else if (k == AST_CALLEE) {
        emit(e, h, (fns + p) * 4u + 2u, p, NONE, tstart(t), tend(t));
    } else {
        uint s, en;
        bool raw;
        if (fmt_string(p, s, en, raw)) {
            uint ns, ne, sub = 0u;
            while (sub < 8u && fmt_next(s, en, raw, ns, ne)) {
                emit(e, hash_bytes(ns, ne), p * 4u + 2u, p, sub, ns, ne);
                sub++;
            }
        }
    }
}

ELEMENTWISE_MAIN
