#version 460
// For a raw string past the DFA's `#` count (its fourth `#` at byte p): flag
// every `#` (scanned next, to count a run in O(1)), and find the first byte
// after p that is not a `#`, where the opening quote should be.
#include "common.glsl"
layout(push_constant) uniform Push { U32 src; U32 flags; U32 quote; uint n; uint p; } pc;

void item(uint i)
{
    if (i >= pc.n)
        return;
    bool hash = load_byte(pc.src, i) == 35u;
    pc.flags.v[i] = hash ? 1u : 0u;
    if (!hash && i > pc.p)
        atomicMin(pc.quote.v[0], i);
}

ELEMENTWISE_MAIN
