#version 460
// Depth of every token in real brackets, and keys of tree 1:
// 2 * depth + (token is not `{`), so one min-tree finds both a bracket's
// partner (first later key <= 2d+1) and a header's body (first later key <= 2d).
#include "common.glsl"
#include "diag.glsl"
#include "parse_push.glsl"
void item(uint i)
{
    if (i >= pc.n)
        return;
    uint k = tk(i);
    uint after = fld(F_DELTA, i);
    uint d = after - (tk_open(k) ? 1u : 0u);
    fld_set(F_DEPTH1, i, d);
    tkey_set(pc.t1, i, 2u * d + (k == TK_LBRACE ? 0u : 1u));
    if (int(d) < 0 && tk_close(k) && int(d) == -1 && (i == 0u || int(fld(F_DELTA, i - 1u)) == 0))
        diag_emit(pc.diags, DIAG_UNEXPECTED_CLOSE, pc.tok_start.v[i], pc.tok_end.v[i], 0u);
    if (i == pc.n - 1u && int(after) > 0)
        diag_emit(pc.diags, DIAG_UNCLOSED_DELIM, pc.arg0, pc.arg0, 0u);
}

ELEMENTWISE_MAIN
