#include "prim.h"

#include <stdio.h>
#include <string.h>

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

int mintree_alloc(struct mintree *t, struct gpu_arena *a, uint32_t n, struct vk_context *vk, char *err, size_t errlen)
{
    memset(t, 0, sizeof *t);
    uint32_t off = MINTREE_KEYS_OFFSET / 4, size = n ? n : 1, lvl = 0;
    for (;;) {
        t->header[1 + lvl] = off;
        t->header[9 + lvl] = size;
        off += size;
        lvl++;
        if (size <= 1 || lvl == 8)
            break;
        size = (size + 31) / 32;
    }
    t->levels = lvl;
    t->header[0] = lvl;
    t->ref = arena_alloc(a, (VkDeviceSize)off * 4);
    if (a->failed) {
        snprintf(err, errlen, "%s", a->err);
        return -1;
    }
    return vk_buf_upload(vk, t->ref.buf, t->ref.off, t->header, sizeof t->header, err, errlen);
}

struct mintree_push {
    VkDeviceAddress tree;
    uint32_t level;
};

void mintree_build(struct vk_rec *rec, const struct mintree *t, const char *phase)
{
    for (uint32_t l = 0; l + 1 < t->levels; l++) {
        struct mintree_push p = {t->ref.addr, l};
        vk_rec_dispatch(rec, phase, "mintree_build", &p, sizeof p, groups_for(t->header[10 + l], WORKGROUP_SIZE));
    }
}

struct radix_push {
    VkDeviceAddress hi, lo, val, ohi, olo, oval, hist;
    uint32_t n, shift, nblocks;
};

int prim_radix_sort64(struct vk_rec *rec, struct gpu_arena *a, const char *phase, VkDeviceAddress hi,
                      VkDeviceAddress lo, VkDeviceAddress val, VkDeviceAddress thi, VkDeviceAddress tlo,
                      VkDeviceAddress tval, uint32_t n, uint32_t lo_bits, uint32_t hi_bits)
{
    if (n <= 1)
        return 0;
    uint32_t nblocks = (uint32_t)groups_for(n, WORKGROUP_SIZE);
    struct gpu_ref hist = arena_alloc(a, (VkDeviceSize)16 * nblocks * 4);
    if (a->failed)
        return 0;
    VkDeviceAddress set[2][3] = {{hi, lo, val}, {thi, tlo, tval}};
    int cur = 0;
    for (uint32_t pass = 0; pass < 16; pass++) {
        uint32_t shift;
        if (pass < 8) {
            if (pass * 4 >= lo_bits)
                continue;
            shift = pass * 4;
        } else {
            if ((pass - 8) * 4 >= hi_bits)
                continue;
            shift = 32 + (pass - 8) * 4;
        }
        struct radix_push p = {set[cur][0], set[cur][1], set[cur][2], set[1 - cur][0], set[1 - cur][1],
                               set[1 - cur][2], hist.addr, n, shift, nblocks};
        vk_rec_dispatch(rec, phase, "radix_hist", &p, sizeof p, nblocks);
        prim_scan_add(rec, a, phase, hist.addr, hist.addr, 16 * nblocks, 0, 0);
        vk_rec_dispatch(rec, phase, "radix_scatter", &p, sizeof p, nblocks);
        cur = 1 - cur;
    }
    return cur;
}
