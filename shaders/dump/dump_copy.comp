#version 460
// Dumps, last pass: each invocation copies one DUMP_CHUNK piece of a long
// text to its place (see dump.glsl), finding its element by binary search of
// the scanned chunk counts.
#include "common.glsl"
#include "dump.glsl"
layout(push_constant) uniform Push { U32 src; U32 copies; U32 out_buf; uint n; uint nchunks; } pc;

void item(uint c)
{
    if (c >= pc.nchunks)
        return;
    uint lo = 0u, hi = pc.n; // the last element whose first chunk is <= c
    while (hi - lo > 1u) {
        uint mid = (lo + hi) / 2u;
        if (pc.copies.v[mid] <= c)
            lo = mid;
        else
            hi = mid;
    }
    uint w = pc.n + 1u;
    uint s = pc.copies.v[w + lo], d = pc.copies.v[2u * w + lo], len = pc.copies.v[3u * w + lo];
    uint off = (c - pc.copies.v[lo]) * DUMP_CHUNK;
    for (uint i = off; i < min(len, off + DUMP_CHUNK); i++)
        put_byte(pc.out_buf, d + i, load_byte(pc.src, s + i));
}

ELEMENTWISE_MAIN
