#version 460
// After resolution: the target of every `break` and `continue` (arg0: the
// ancestor copy with the final answers). A labeled one's target is the loop
// its label labels, or for a labeled block the LABEL node itself (what the
// block's outside sees); an unlabeled one's the nearest loop (anc_jump).
// Breaks mark their target (S_BRK); `continue 'a` naming a block is E0696,
// a break with a value out of `while` or `for` E0571.
#include "common.glsl"
#include "sema.glsl"

void item(uint p)
{
    if (p >= pc.nn)
        return;
    uint k = kind(p);
    if (k != AST_BREAK && k != AST_CONTINUE)
        return;
    uint n = S(S_NCHILD, p);
    bool named = n > 0u && kind(p + 1u) == AST_LABEL_REF;
    uint target = S(S_AL + pc.arg0, p);
    if (named) {
        uint l = A(A_DECL, p + 1u);
        if (l == NONE)
            return; // E0426, from resolution
        target = is_loop_kind(kind(l + 1u)) ? l + 1u : l;
        S_set(S_AL + pc.arg0, p, target);
        if (k == AST_CONTINUE && target == l) {
            diag_emit(pc.diags, DIAG_CONTINUE_TO_BLOCK, span_lo(p), span_hi(p), 0u);
            return;
        }
    }
    if (k != AST_BREAK || target >= pc.nn)
        return;
    bool value = n > (named ? 1u : 0u);
    uint tk = kind(target);
    if (value && (tk == AST_WHILE || tk == AST_FOR))
        diag_emit(pc.diags, DIAG_BREAK_WITH_VALUE, span_lo(p), span_hi(p), tk == AST_FOR ? 1u : 0u);
    atomicOr(pc.s.v[S_BRK * pc.ss + target], value ? 1u : 3u);
}

ELEMENTWISE_MAIN
