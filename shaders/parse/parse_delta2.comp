#version 460
// Depth with headers as groups: a header keyword opens a group that its
// body `{` closes (the body brace then opens the block as usual).
#include "common.glsl"
#include "parse_push.glsl"
void item(uint i)
{
    if (i >= pc.n)
        return;
    uint k = tk(i);
    bool header = tk_header(k) && fld(F_BODY_OF, i) != NONE;
    uint open2 = (tk_open(k) || header) ? 1u : 0u;
    uint close2 = (tk_close(k) || fld(F_HEADER_OF, i) != NONE) ? 1u : 0u;
    fld_set(F_DELTA, i, open2 - close2);
}

ELEMENTWISE_MAIN
