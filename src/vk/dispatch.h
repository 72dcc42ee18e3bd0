/* Recording compute passes into one command buffer per submit, with a
 * timestamp after each pass for --time-passes. */
#ifndef RUSTG_VK_DISPATCH_H
#define RUSTG_VK_DISPATCH_H

#include "vk/buffer.h"

#define VK_REC_MAX_PASSES 1024
#define WORKGROUP_SIZE 256
/* elements per workgroup of an elementwise pass (shaders/lib/common.glsl) */
#define ELEMENTWISE_GROUP (WORKGROUP_SIZE * 16)

struct vk_rec {
    struct vk_context *ctx;
    VkCommandBuffer cmd;
    VkQueryPool queries;
    uint32_t npasses;
    const char *phase[VK_REC_MAX_PASSES];
    const char *pass[VK_REC_MAX_PASSES];
    int failed;
    char err[256];
};

int vk_rec_begin(struct vk_rec *rec, struct vk_context *ctx, char *err, size_t errlen);
/* Runs shader `name` over `groups` workgroups of WORKGROUP_SIZE; counts past
 * the per-dimension limit fold into a second dimension (shaders use group_index()). */
void vk_rec_dispatch(struct vk_rec *rec, const char *phase, const char *name, const void *push, uint32_t push_size,
                     uint64_t groups);
/* Same, with the group count read from a GPU buffer (x, y, z uint32). */
void vk_rec_dispatch_indirect(struct vk_rec *rec, const char *phase, const char *name, const void *push,
                              uint32_t push_size, const struct vk_buf *args, VkDeviceSize offset);
void vk_rec_fill(struct vk_rec *rec, const struct vk_buf *b, VkDeviceSize off, VkDeviceSize size, uint32_t value);
void vk_rec_copy(struct vk_rec *rec, const struct vk_buf *src, VkDeviceSize soff, const struct vk_buf *dst,
                 VkDeviceSize doff, VkDeviceSize size);
/* Submits, waits, records the pass times, and leaves `rec` ready for more. */
int vk_rec_submit(struct vk_rec *rec, char *err, size_t errlen);
void vk_rec_end(struct vk_rec *rec);

static inline uint64_t groups_for(uint64_t n, uint64_t per_group)
{
    return (n + per_group - 1) / per_group;
}

#endif
