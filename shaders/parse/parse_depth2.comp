#version 460
// Own depth of every token with header groups; keys of tree 2 (the depth),
// which finds a token's enclosing group and a group's end.
#include "common.glsl"
#include "parse_push.glsl"
void item(uint i)
{
    if (i >= pc.n)
        return;
    uint k = tk(i);
    bool header = tk_header(k) && fld(F_BODY_OF, i) != NONE;
    uint open2 = (tk_open(k) || header) ? 1u : 0u;
    uint d = fld(F_DELTA, i) - open2;
    fld_set(F_DEPTH2, i, d);
    tkey_set(pc.t2, i, d);
}

ELEMENTWISE_MAIN
