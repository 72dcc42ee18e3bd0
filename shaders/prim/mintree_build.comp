#version 460
// One level of the min-tree: dst[k] = min(src[32k .. 32k+31]).
#include "common.glsl"
layout(push_constant) uniform Push { U32 tree; uint level; } pc;

void main()
{
    uint k = global_index();
    uint src_off = pc.tree.v[1u + pc.level], dst_off = pc.tree.v[2u + pc.level];
    uint src_size = pc.tree.v[9u + pc.level], dst_size = pc.tree.v[10u + pc.level];
    if (k >= dst_size)
        return;
    uint m = 0xffffffffu;
    uint end = min(k * 32u + 32u, src_size);
    for (uint j = k * 32u; j < end; j++)
        m = min(m, pc.tree.v[src_off + j]);
    pc.tree.v[dst_off + k] = m;
}
