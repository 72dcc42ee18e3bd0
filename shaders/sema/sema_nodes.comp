#version 460
// Per node: child ranks, child counts and last child (walking only its own
// children: O(n) in all), a fn signature's params by rank, identifier hashes,
// resolution event counts (labels are names too: `'a` spells no variable), the first copy of the ancestor pointers, `fn main`.
#include "common.glsl"
#include "sema.glsl"

void item(uint p)
{
    if (p >= pc.nn)
        return;
    uint k = kind(p);
    uint end = p + size(p);
    uint c = p + 1u, i = 0u, last = NONE;
    while (c < end) {
        S_set(S_RANK, c, i);
        if (k == AST_FN_SIG && kind(c) == AST_PARAM)
            S_set(S_PARAM, p + i, pattern_binding(c + 1u));
        last = c;
        c += size(c);
        i++;
    }
    S_set(S_NCHILD, p, i);
    if (i == 0u)
        atomicMax(pc.s.v[flag_addr(FL_MAXDEPTH)], A(A_DEPTH, p));
    S_set(S_LAST, p, last);

    uint nev = 0u;
    if (k == AST_BINDING || k == AST_NAME || k == AST_CALLEE || k == AST_FN_NAME || k == AST_LABEL ||
        k == AST_LABEL_REF || k == AST_CONST_NAME) {
        uint t = tok(p);
        S_set(S_HASH, p, hash_bytes(tstart(t), tend(t)));
        // a binding also asks whether its name is a constant's (E0005)
        nev = k == AST_BINDING ? 3u : (k == AST_FN_NAME || k == AST_LABEL || k == AST_CONST_NAME) ? 2u : 1u;
        if (k == AST_LABEL_REF)
            A_set(A_DECL, p, NONE); // until resolution finds its label
        if (k == AST_FN_NAME && text_is(p, 4u, 0x6e69616du, 0u, 0u) && kind(parent(p)) == AST_FN_SIG)
            pc.s.v[flag_addr(FL_MAIN)] = 1u;
    } else {
        uint s, e;
        bool raw;
        if (fmt_string(p, s, e, raw)) {
            uint ns, ne;
            while (nev < 8u && fmt_next(s, e, raw, ns, ne))
                nev++;
        }
    }
    S_set(S_EVOFF, p, nev);

    // Ancestor jumping, copy 0: pointer, nearest loop, nearest fn.
    uint q = p == 0u ? 0u : parent(p);
    uint qk = kind(q);
    S_set(S_AP, p, q);
    // A labeled block stops the climb too: an unlabeled break or continue
    // in it is an error (E0695).
    bool stop = is_loop_kind(qk) || (qk == AST_BLOCK && q > 0u && kind(parent(q)) == AST_LABEL);
    S_set(S_AL, p, p == 0u ? NONE : (stop ? q : (qk == AST_FN ? NONE : PENDING)));
    // a const item's initializer is a body of its own
    S_set(S_AF, p, p == 0u ? NONE : (qk == AST_FN || qk == AST_CONST ? q : PENDING));
}

ELEMENTWISE_MAIN
