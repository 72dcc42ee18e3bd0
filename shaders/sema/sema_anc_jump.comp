#version 460
// One round of pointer jumping for every node's nearest enclosing loop and
// fn (arg0: the copy to read).
#include "common.glsl"
#include "sema.glsl"

void item(uint p)
{
    if (p >= pc.nn)
        return;
    uint r = pc.arg0, w = 1u - pc.arg0;
    uint a = S(S_AP + r, p);
    uint l = S(S_AL + r, p), f = S(S_AF + r, p);
    S_set(S_AL + w, p, l == PENDING ? S(S_AL + r, a) : l);
    S_set(S_AF + w, p, f == PENDING ? S(S_AF + r, a) : f);
    S_set(S_AP + w, p, S(S_AP + r, a));
}

ELEMENTWISE_MAIN
