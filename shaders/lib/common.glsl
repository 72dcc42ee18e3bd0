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
