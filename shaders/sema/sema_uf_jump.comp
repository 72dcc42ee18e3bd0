#version 460
// Pointer jumping on both label sets: label = label of label.
#include "common.glsl"
#include "sema.glsl"

void item(uint p)
{
    if (p >= pc.ss)
        return;
    for (uint f = S_LA; f <= S_LB; f++) {
        uint l = S(f, p), ll = S(f, l);
        if (ll != l) {
            S_set(f, p, ll);
            pc.s.v[flag_addr(FL_CHANGED)] = 1u;
        }
    }
}

ELEMENTWISE_MAIN
