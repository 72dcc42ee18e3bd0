#version 460
// One round of divergence (type `!`): return/break/continue, panicking
// macros, exit calls, loops without a break, blocks ending in a diverging
// statement, if/else with both branches diverging. Monotone, so rounds run
// until nothing changes (flag FL_CHANGED).
#include "common.glsl"
#include "sema.glsl"

void item(uint p)
{
    if (p >= pc.nn || S(S_DIV, p) != 0u)
        return;
    uint k = kind(p);
    bool d = false;
    if (k == AST_RETURN || k == AST_BREAK || k == AST_CONTINUE)
        d = true;
    else if (k == AST_MACRO)
        d = macro_is_panic(p);
    else if (k == AST_CALL)
        d = call_is_exit(p);
    else if (k == AST_LOOP)
        d = (S(S_BRK, p) & 1u) == 0u;
    else if (k == AST_BLOCK) {
        uint l = S(S_LAST, p);
        d = l != NONE && S(S_DIV, l) != 0u;
    } else if (k == AST_IF) {
        if (S(S_NCHILD, p) == 3u) {
            uint th = p + 1u + size(p + 1u);
            d = S(S_DIV, th) != 0u && S(S_DIV, S(S_LAST, p)) != 0u;
        }
    } else if (k == AST_LABEL) {
        // a labeled block that a break leaves does not diverge (its loop's
        // breaks are the loop's)
        d = S(S_DIV, p + 1u) != 0u && (is_loop_kind(kind(p + 1u)) || (S(S_BRK, p) & 1u) == 0u);
    } else if (k == AST_PAREN)
        d = S(S_DIV, p + 1u) != 0u;
    if (d) {
        S_set(S_DIV, p, 1u);
        pc.s.v[flag_addr(FL_CHANGED)] = 1u;
    }
}

ELEMENTWISE_MAIN
