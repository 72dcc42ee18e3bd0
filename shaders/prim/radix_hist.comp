#version 460
// Radix sort, step 1 of a pass: per block of WG keys, how many have each
// 4-bit digit. hist[digit * nblocks + block] (digit-major, so one exclusive
// scan gives every (digit, block) its first output slot: a stable sort).
#include "common.glsl"
layout(push_constant) uniform Push { U32 hi; U32 lo; U32 val; U32 ohi; U32 olo; U32 oval; U32 hist; uint n; uint shift; uint nblocks; } pc;
shared uint h[16];

void main()
{
    uint l = gl_LocalInvocationID.x, b = group_index(), i = global_index();
    if (l < 16u)
        h[l] = 0u;
    barrier();
    if (i < pc.n) {
        uint k = pc.shift < 32u ? pc.lo.v[i] : pc.hi.v[i];
        atomicAdd(h[(k >> (pc.shift & 31u)) & 15u], 1u);
    }
    barrier();
    if (l < 16u)
        pc.hist.v[l * pc.nblocks + b] = h[l];
}
