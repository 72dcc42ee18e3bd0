#include "arena.h"

#include <stdio.h>
#include <string.h>

#define CHUNK_BYTES ((VkDeviceSize)64 << 20)

void arena_init(struct gpu_arena *a, struct vk_context *ctx)
{
    memset(a, 0, sizeof *a);
    a->ctx = ctx;
}

struct gpu_ref arena_alloc(struct gpu_arena *a, VkDeviceSize size)
{
    struct gpu_ref r;
    memset(&r, 0, sizeof r);
    if (a->failed)
        return r;
    size = (size + 255) & ~(VkDeviceSize)255;
    if (size == 0)
        size = 256;
    int c = a->nchunks - 1;
    if (c < 0 || a->used[c] + size > a->chunks[c].size) {
        if (a->nchunks == ARENA_MAX_CHUNKS) {
            snprintf(a->err, sizeof a->err, "input too large for this device: out of GPU memory chunks");
            a->failed = 1;
            return r;
        }
        c = a->nchunks;
        VkDeviceSize want = size > CHUNK_BYTES ? size : CHUNK_BYTES;
        if (vk_buf_alloc(a->ctx, &a->chunks[c], want, a->err, sizeof a->err)) {
            a->failed = 1;
            return r;
        }
        a->used[c] = 0;
        a->nchunks++;
        a->total += want;
    }
    r.buf = &a->chunks[c];
    r.off = a->used[c];
    r.addr = a->chunks[c].addr + r.off;
    r.size = size;
    a->used[c] += size;
    return r;
}

void arena_free(struct gpu_arena *a)
{
    for (int i = 0; i < a->nchunks; i++)
        vk_buf_free(a->ctx, &a->chunks[i]);
    a->nchunks = 0;
}
