#version 460
// Bracket depth, first pass: +1 at ( [ {, -1 at ) ] } (scanned next).
#include "common.glsl"
#include "parse_push.glsl"
void item(uint i)
{
    if (i >= pc.n)
        return;
    uint k = tk(i);
    fld_set(F_DELTA, i, tk_open(k) ? 1u : tk_close(k) ? 0xffffffffu : 0u);
}

ELEMENTWISE_MAIN
