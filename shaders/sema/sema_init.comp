#version 460
// Bindings declared without a value (`let x;`, `let x: T;`): where they are
// given one and used, as rustc's definite-initialisation check sees it, in
// the shapes handled here: an assignment that is a statement of the let's
// own block, or one in every branch of an if / else-if / else chain that is
// such a statement. Any other assignment (in a loop, a nested block, an if
// without else, an expression) is refused as not supported yet, since
// whether it runs needs flow analysis. Then preorder is execution order: a
// use before (or inside) the first initialisation reads an uninitialised
// binding (E0381), an assignment after it to an immutable one is E0384, and
// a binding never assigned and never annotated has no type (E0282). Uses
// inside the initialising if chain itself are refused.
// arg0 = 0: each initialising assignment records its statement at its
// binding (S_INIT = nn - first such statement, by atomicMax; 0: none;
// S_ASSIGNED: any assignment at all).
// arg0 = 1: the checks, at uses, assignments and bindings.
#include "common.glsl"
#include "sema.glsl"

// The LET of a binding declared without initializer, or NONE.
uint deferred_let(uint b)
{
    if (b == NONE || kind(b) != AST_BINDING)
        return NONE;
    uint init, ascribe;
    uint q = binding_owner(b, init, ascribe);
    return kind(q) == AST_LET && init == NONE ? q : NONE;
}

bool is_mutable(uint b) { return kind(parent(b)) == AST_MUT; }
bool is_annotated(uint b)
{
    uint init, ascribe;
    binding_owner(b, init, ascribe);
    return ascribe != NONE;
}

#define SCAN_GUARD 512u

// An assignment `x = ...` to binding d as a statement of block blk?
bool assigns(uint c, uint d) { return kind(c) == AST_ASSIGN && kind(c + 1u) == AST_NAME && A(A_DECL, c + 1u) == d; }

// Does block blk have an assignment to d among its statements before
// `before` (NONE: anywhere)? guard counts the statements looked at.
bool block_assigns(uint blk, uint d, uint before, inout uint guard)
{
    uint end = min(blk + size(blk), before);
    for (uint c = blk + 1u; c < end && guard < SCAN_GUARD; c += size(c)) {
        guard++;
        if (assigns(c, d))
            return true;
    }
    return false;
}

// The if chain statement of block B whose branch block is blk, or NONE.
uint chain_top(uint blk, uint B)
{
    uint i = parent(blk);
    if (kind(blk) != AST_BLOCK || kind(i) != AST_IF || S(S_RANK, blk) == 0u)
        return NONE;
    for (uint g = 0u; g < SCAN_GUARD && parent(i) != B; g++) {
        uint up = parent(i);
        if (kind(up) != AST_IF || S(S_RANK, i) != 2u)
            return NONE;
        i = up;
    }
    return parent(i) == B ? i : NONE;
}

// Does every branch of the chain at t (ending in an else) assign d?
// 0 no, 1 yes, 2 too large to tell.
uint chain_assigns(uint t, uint d)
{
    uint guard = 0u;
    for (uint i = t; guard < SCAN_GUARD;) {
        uint then_blk = i + 1u + size(i + 1u);
        if (!block_assigns(then_blk, d, NONE, guard))
            return guard >= SCAN_GUARD ? 2u : 0u;
        if (S(S_NCHILD, i) < 3u)
            return 0u;
        uint el = S(S_LAST, i);
        if (kind(el) != AST_IF)
            return block_assigns(el, d, NONE, guard) ? 1u : (guard >= SCAN_GUARD ? 2u : 0u);
        i = el;
        guard++;
    }
    return 2u;
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
    uint q = parent(p);
    bool assign = kind(q) == AST_ASSIGN && p == q + 1u;
    bool compound = kind(q) == AST_COMPOUND && p == q + 1u;
    if (pc.arg0 == 0u && (assign || compound) && d != NONE)
        pc.s.v[S_ASSIGNED * pc.ss + d] = 1u;
    uint let_node = deferred_let(d);
    if (let_node == NONE)
        return;
    uint B = parent(let_node);
    uint blk = parent(q);
    // The statement of B that q's assignment belongs to: q itself, or the
    // if chain whose branch it is in.
    uint stmt = NONE;
    if (assign) {
        if (blk == B)
            stmt = q;
        else
            stmt = chain_top(blk, B);
    }
    if (pc.arg0 == 0u) {
        // initialising statements: a direct assignment, or a chain that
        // assigns in every branch
        if (assign && stmt != NONE && (stmt == q || chain_assigns(stmt, d) == 1u))
            atomicMax(pc.s.v[S_INIT * pc.ss + d], pc.nn - stmt);
        return;
    }
    uint fi = S(S_INIT, d);
    uint first = fi == 0u ? NONE : pc.nn - fi;
    bool before = first == NONE || p < first + size(first);
    bool in_chain = first != NONE && kind(first) == AST_IF && p > first && p < first + size(first);
    if (assign) {
        if (first != NONE && q >= first + size(first)) { // after the initialisation: anywhere
            if (!is_mutable(d))
                diag_emit(pc.diags, DIAG_ASSIGN_IMMUTABLE, span_lo(q), span_hi(q), tstart(tok(p)));
        } else if (first != NONE && stmt == first) { // the initialisation itself
            uint guard = 0u;
            if (!is_mutable(d) && stmt != q && block_assigns(blk, d, q, guard))
                diag_emit(pc.diags, DIAG_ASSIGN_IMMUTABLE, span_lo(q), span_hi(q), tstart(tok(p)));
        } else {
            diag_emit(pc.diags, DIAG_UNSUPPORTED, span_lo(q), span_hi(q), 0u);
        }
        return;
    }
    if (in_chain) {
        diag_emit(pc.diags, DIAG_UNSUPPORTED, tstart(tok(p)), tend(tok(p)), 0u);
    } else if (before) {
        // no type at all is reported first (E0282, at the binding)
        if (first != NONE || is_annotated(d))
            diag_emit(pc.diags, DIAG_UNINITIALIZED, tstart(tok(p)), tend(tok(p)), first != NONE ? 1u : 0u);
        else
            diag_emit(pc.diags, DIAG_TYPE_ANNOTATIONS, tstart(tok(d)), tend(tok(d)), 0u);
    } else if (compound && !is_mutable(d)) {
        diag_emit(pc.diags, DIAG_ASSIGN_IMMUTABLE, span_lo(q), span_hi(q), tstart(tok(p)));
    }
}

ELEMENTWISE_MAIN
