/* Data-parallel primitives shared by the phases (reduce-then-scan). */
#ifndef RUSTG_PRIM_H
#define RUSTG_PRIM_H

#include "arena.h"
#include "vk/dispatch.h"

#define SCAN_BLOCK (WORKGROUP_SIZE * 8)

/* Prefix sum of n u32 values from src into dst (may alias). When total is
 * non-zero, the sum of all n values is written there. Records passes only. */
void prim_scan_add(struct vk_rec *rec, struct gpu_arena *a, const char *phase, VkDeviceAddress src,
                   VkDeviceAddress dst, uint32_t n, int inclusive, VkDeviceAddress total);

/* A min-tree over n u32 keys (shaders/lib/mintree.glsl). The keys live at
 * tree.addr + MINTREE_KEYS_OFFSET; fill them, then record mintree_build. */
#define MINTREE_KEYS_OFFSET 128
struct mintree {
    struct gpu_ref ref;
    uint32_t levels;
    uint32_t header[32];
};
int mintree_alloc(struct mintree *t, struct gpu_arena *a, uint32_t n, struct vk_context *vk, char *err, size_t errlen);
void mintree_build(struct vk_rec *rec, const struct mintree *t, const char *phase);

#endif
