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

#endif
