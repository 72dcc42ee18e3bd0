#version 460
// Radix sort, step 2 of a pass: every key goes to its digit's scanned block
// offset plus its rank among the block's earlier keys with the same digit.
// The ranks come from one workgroup scan of 16 packed 16-bit counters.
#include "common.glsl"
layout(push_constant) uniform Push { U32 hi; U32 lo; U32 val; U32 ohi; U32 olo; U32 oval; U32 hist; uint n; uint shift; uint nblocks; } pc;
shared uint cnt[8][WG];

void main()
{
    uint l = gl_LocalInvocationID.x, b = group_index(), i = global_index();
    uint d = 16u, khi = 0u, klo = 0u, v = 0u;
    if (i < pc.n) {
        khi = pc.hi.v[i];
        klo = pc.lo.v[i];
        v = pc.val.v[i];
        d = ((pc.shift < 32u ? klo : khi) >> (pc.shift & 31u)) & 15u;
    }
    uint mine[8];
    for (uint w = 0u; w < 8u; w++) {
        mine[w] = (d >> 1u) == w ? (1u << ((d & 1u) * 16u)) : 0u;
        cnt[w][l] = mine[w];
    }
    barrier();
    for (uint off = 1u; off < WG; off <<= 1u) {
        uint t[8];
        for (uint w = 0u; w < 8u; w++)
            t[w] = l >= off ? cnt[w][l - off] : 0u;
        barrier();
        for (uint w = 0u; w < 8u; w++) {
            mine[w] += t[w];
            cnt[w][l] = mine[w];
        }
        barrier();
    }
    if (i >= pc.n)
        return;
    uint rank = ((mine[d >> 1u] >> ((d & 1u) * 16u)) & 0xffffu) - 1u;
    uint dst = pc.hist.v[d * pc.nblocks + b] + rank;
    pc.ohi.v[dst] = khi;
    pc.olo.v[dst] = klo;
    pc.oval.v[dst] = v;
}
