/* Bump allocation of GPU memory for one compile. Shaders reach memory by
 * address, so any chunk serves any array. */
#ifndef RUSTG_ARENA_H
#define RUSTG_ARENA_H

#include "vk/buffer.h"

#define ARENA_MAX_CHUNKS 64

struct gpu_ref {
    struct vk_buf *buf;
    VkDeviceSize off;
    VkDeviceAddress addr;
    VkDeviceSize size;
};

struct gpu_arena {
    struct vk_context *ctx;
    struct vk_buf chunks[ARENA_MAX_CHUNKS];
    VkDeviceSize used[ARENA_MAX_CHUNKS];
    int nchunks;
    VkDeviceSize total;            /* bytes allocated from the device */
    int failed;
    char err[256];
};

void arena_init(struct gpu_arena *a, struct vk_context *ctx);
/* Returns a zero-size ref and sets a->failed when the device is out of memory. */
struct gpu_ref arena_alloc(struct gpu_arena *a, VkDeviceSize size);
void arena_free(struct gpu_arena *a);

#endif
