// Shared by every pass: buffers are reached by device address (no descriptor
// sets, no binding-range limit) and dispatches may be folded into 2D.
#extension GL_EXT_buffer_reference : require
#extension GL_EXT_shader_explicit_arithmetic_types_int64 : require

#define WG 256
layout(local_size_x = WG) in;

layout(buffer_reference, std430, buffer_reference_align = 4) buffer U32 { uint v[]; };
layout(buffer_reference, std430, buffer_reference_align = 4) buffer I32 { int v[]; };

uint group_index() { return gl_WorkGroupID.y * gl_NumWorkGroups.x + gl_WorkGroupID.x; }
uint global_index() { return group_index() * WG + gl_LocalInvocationID.x; }

uint load_byte(U32 buf, uint i) { return (buf.v[i >> 2] >> ((i & 3u) * 8u)) & 0xffu; }

// Elementwise passes: each invocation handles ITEMS_PER_THREAD elements,
// strided by the workgroup size (coalesced), so a pass over n elements needs
// n / (WG * ITEMS_PER_THREAD) workgroups: fewer workgroups, less per-group
// overhead (large on CPU drivers). The host sizes such dispatches with
// ELEMENTWISE_GROUP (src/vk/dispatch.h). A pass defines item(i) and uses
// ELEMENTWISE_MAIN.
#define ITEMS_PER_THREAD 16u
#define ELEMENTWISE_MAIN                                                               \
    void main()                                                                        \
    {                                                                                  \
        uint base = group_index() * (WG * ITEMS_PER_THREAD) + gl_LocalInvocationID.x;  \
        for (uint k = 0u; k < ITEMS_PER_THREAD; k++)                                   \
            item(base + k * WG);                                                       \
    }
