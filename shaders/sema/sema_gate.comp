#version 460
// The support gate: shapes the parser accepts but the later phases do not
// give a meaning to are refused here, located, or rejected as rustc does:
// ranges only as the iterable of `for`, `let` only as a statement (`if let`
// and `while let` refused), `break`/`continue` only inside a loop (E0268),
// comparisons not chained, parameter names not repeated (E0415).
// arg0: the ancestor copy with the final answers.
#include "common.glsl"
#include "sema.glsl"

#define MAX_PARAMS_CHECKED 64u

void refuse(uint p) { diag_emit(pc.diags, DIAG_UNSUPPORTED, span_lo(p), span_hi(p), 0u); }

bool is_comparison(uint p) { return kind(p) == AST_BINARY && op_class(p) == 2u; }

void item(uint p)
{
    if (p >= pc.nn)
        return;
    uint k = kind(p);
    uint q = p == 0u ? NONE : parent(p);
    uint qk = q == NONE ? 0xffu : kind(q);
    uint r = S(S_RANK, p);
    if (k == AST_RANGE && !(qk == AST_FOR_IN && r == 1u))
        refuse(p);
    if (qk == AST_FOR_IN && r == 1u && k != AST_RANGE)
        refuse(p);
    if (k == AST_LET && qk != AST_BLOCK) {
        if ((qk == AST_IF || qk == AST_WHILE) && r == 0u)
            refuse(p); // `if let` / `while let`
        else
            diag_emit(pc.diags, DIAG_LET_EXPRESSION, tstart(tok(p)), tend(tok(p)), 0u);
    }
    if ((k == AST_BREAK || k == AST_CONTINUE) && S(S_AL + pc.arg0, p) == NONE)
        diag_emit(pc.diags, k == AST_BREAK ? DIAG_BREAK_OUTSIDE_LOOP : DIAG_CONTINUE_OUTSIDE_LOOP, tstart(tok(p)),
                  tend(tok(p)), 0u);
    if (is_comparison(p) && (is_comparison(p + 1u) || is_comparison(S(S_LAST, p)))) {
        uint at = is_comparison(p + 1u) ? p + 1u : p;
        diag_emit(pc.diags, DIAG_CHAINED_COMPARISON, tstart(tok(at)), tend(tok(at)), 0u);
    }
    // A parameter's name repeated in the same list: E0415 at the later one.
    if (k == AST_BINDING) {
        uint b = q;
        if (kind(b) == AST_MUT)
            b = parent(b);
        if (kind(b) != AST_PARAM)
            return;
        uint sig = parent(b);
        uint t = tok(p);
        uint c = sig + 1u + size(sig + 1u); // first PARAM, after the FN_NAME
        for (uint i = 0u; i < MAX_PARAMS_CHECKED && c < b; i++) {
            uint other = pattern_binding(c + 1u);
            if (other != NONE && bytes_equal(tstart(tok(other)), tend(tok(other)), tstart(t), tend(t))) {
                diag_emit(pc.diags, DIAG_PARAM_TWICE, tstart(t), tend(t), 0u);
                return;
            }
            c += size(c);
        }
    }
}

ELEMENTWISE_MAIN
