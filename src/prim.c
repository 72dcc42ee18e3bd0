#include "prim.h"

struct scan_reduce_push {
    VkDeviceAddress src, partials;
    uint32_t n;
};
struct scan_apply_push {
    VkDeviceAddress src, dst, partials, total;
    uint32_t n, flags;
};

void prim_scan_add(struct vk_rec *rec, struct gpu_arena *a, const char *phase, VkDeviceAddress src,
                   VkDeviceAddress dst, uint32_t n, int inclusive, VkDeviceAddress total)
{
    if (n == 0)
        return;
    uint64_t blocks = groups_for(n, SCAN_BLOCK);
    struct scan_apply_push ap = {src, dst, 0, total, n, (inclusive ? 1u : 0u) | (total ? 4u : 0u)};
    if (blocks > 1) {
        struct gpu_ref partials = arena_alloc(a, blocks * 4);
        struct scan_reduce_push rp = {src, partials.addr, n};
        vk_rec_dispatch(rec, phase, "scan_add_reduce", &rp, sizeof rp, blocks);
        prim_scan_add(rec, a, phase, partials.addr, partials.addr, (uint32_t)blocks, 0, 0);
        ap.partials = partials.addr;
        ap.flags |= 2u;
    }
    vk_rec_dispatch(rec, phase, "scan_add_apply", &ap, sizeof ap, blocks);
}
