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

/* Stable LSD radix sort of n (hi, lo) 64-bit keys with a u32 value each, 4
 * bits per pass over the low lo_bits of lo and then the low hi_bits of hi.
 * Ping-pongs between (hi, lo, val) and (thi, tlo, tval); returns 0 when the
 * result ends in the first set, 1 when in the second. Records passes only. */
int prim_radix_sort64(struct vk_rec *rec, struct gpu_arena *a, const char *phase, VkDeviceAddress hi,
                      VkDeviceAddress lo, VkDeviceAddress val, VkDeviceAddress thi, VkDeviceAddress tlo,
                      VkDeviceAddress tval, uint32_t n, uint32_t lo_bits, uint32_t hi_bits);
