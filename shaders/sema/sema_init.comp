#version 460
// Bindings declared without a value (`let x;`, `let x: T;`): where they are
// given one and used, as rustc's definite-initialisation check sees it, for
// the straight-line case only. An assignment that initialises must be a
// statement of the let's own block; one anywhere else (a branch, a loop, a
// nested block) is refused as not supported yet, since whether it always
// runs needs flow analysis. Then preorder is execution order: a use before
// (or inside) the first assignment reads an uninitialised binding (E0381),
// a second assignment to an immutable one is E0384, and a binding never
// assigned and never annotated has no type (E0282).
// arg0 = 0: each initialising assignment records itself at its binding
// (S_INIT = nn - first assignment, by atomicMax; 0: none; S_ASSIGNED: any).
// arg0 = 1: the checks, at uses, assignments and bindings.
#include "common.glsl"
#include "sema.glsl"

// The LET of a binding declared without initializer, or NONE.
uint deferred_let(uint b)
{
    if (b == NONE || kind(b) != AST_BINDING)
        return NONE;
    uint q = parent(b);
    if (kind(q) == AST_MUT)
        q = parent(q);
    if (kind(q) == AST_ASCRIBE)
        q = parent(q);
    return kind(q) == AST_LET ? q : NONE;
}

bool is_mutable(uint b) { return kind(parent(b)) == AST_MUT; }
bool is_annotated(uint b)
{
    uint q = parent(b);
    if (kind(q) == AST_MUT)
        q = parent(q);
    return kind(q) == AST_ASCRIBE;
}

void item(uint p)
{
    if (p >= pc.nn)
        return;
    uint k = kind(p);
    if (k == AST_BINDING) {
        if (pc.arg0 == 1u && deferred_let(p) != NONE && S(S_ASSIGNED, p) == 0u && !is_annotated(p))
            diag_emit(pc.diags, DIAG_TYPE_ANNOTATIONS, tstart(tok(p)), tend(tok(p)), 0u);
        return;
    }
    if (k != AST_NAME)
        return;
    uint d = A(A_DECL, p);
    uint let_node = deferred_let(d);
    if (let_node == NONE)
        return;
    uint q = parent(p);
    bool assign = kind(q) == AST_ASSIGN && p == q + 1u;
    bool compound = kind(q) == AST_COMPOUND && p == q + 1u;
    if (pc.arg0 == 0u) {
        if (!assign)
            return;
        pc.s.v[S_ASSIGNED * pc.ss + d] = 1u;
        if (parent(q) == parent(let_node))
            atomicMax(pc.s.v[S_INIT * pc.ss + d], pc.nn - q);
        else
            diag_emit(pc.diags, DIAG_UNSUPPORTED, span_lo(q), span_hi(q), 0u);
        return;
    }
    uint fi = S(S_INIT, d);
    uint first = fi == 0u ? NONE : pc.nn - fi;
    bool before = first == NONE || p < first + size(first);
    if (assign) {
        if (first != NONE && q != first && !is_mutable(d))
            diag_emit(pc.diags, DIAG_ASSIGN_IMMUTABLE, span_lo(q), span_hi(q), tstart(tok(p)));
        return;
    }
    if (before) {
        // no type at all is reported first (E0282, at the binding)
        if (first != NONE || is_annotated(d))
            diag_emit(pc.diags, DIAG_UNINITIALIZED, tstart(tok(p)), tend(tok(p)), first != NONE ? 1u : 0u);
    } else if (compound && !is_mutable(d)) {
        diag_emit(pc.diags, DIAG_ASSIGN_IMMUTABLE, span_lo(q), span_hi(q), tstart(tok(p)));
    }
}

ELEMENTWISE_MAIN
