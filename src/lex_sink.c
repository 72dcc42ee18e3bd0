/* Where a too-deep block comment or raw string ends (see lex_sink.h). */
#include "lex_sink.h"
#include "prim.h"

#define PHASE "lex"
#define SLOT_QUOTE 11 /* counts[] words */
#define SLOT_END 12

struct comment_events_push {
    VkDeviceAddress src, states, events;
    uint32_t n, after;
};
struct comment_end_push {
    VkDeviceAddress depth, end;
    uint32_t n;
};
struct raw_hashes_push {
    VkDeviceAddress src, flags, quote;
    uint32_t n, p;
};
struct raw_end_push {
    VkDeviceAddress src, hashes, quote, end;
    uint32_t n, p;
};

int lex_sink_end(struct compile *c, VkDeviceAddress states, struct gpu_ref work, uint32_t entry, int kind,
                 uint32_t after, uint32_t *end)
{
    uint32_t n = c->n;
    struct vk_rec *rec = &c->rec;
    VkDeviceAddress quote = c->counts.addr + SLOT_QUOTE * 4, end_addr = c->counts.addr + SLOT_END * 4;
    vk_rec_fill(rec, c->counts.buf, c->counts.off + SLOT_QUOTE * 4, 8, LEX_SINK_NONE);
    uint64_t groups = groups_for(n, ELEMENTWISE_GROUP);
    if (kind == 0) {
        /* depth after each byte, relative to the sink's entry depth */
        struct comment_events_push ep = {c->src_buf.addr, states, work.addr, n, after};
        vk_rec_dispatch(rec, PHASE, "lex_comment_events", &ep, sizeof ep, groups);
        prim_scan_add(rec, &c->arena, PHASE, work.addr, work.addr, n, 1, 0);
        struct comment_end_push dp = {work.addr, end_addr, n};
        vk_rec_dispatch(rec, PHASE, "lex_comment_end", &dp, sizeof dp, groups);
    } else {
        struct raw_hashes_push hp = {c->src_buf.addr, work.addr, quote, n, entry};
        vk_rec_dispatch(rec, PHASE, "lex_raw_hashes", &hp, sizeof hp, groups);
        prim_scan_add(rec, &c->arena, PHASE, work.addr, work.addr, n, 1, 0);
        struct raw_end_push rp = {c->src_buf.addr, work.addr, quote, end_addr, n, entry};
        vk_rec_dispatch(rec, PHASE, "lex_raw_end", &rp, sizeof rp, groups);
    }
    if (arena_failed(c) || compile_submit(c))
        return -1;
    return vk_buf_download(c->vk, c->counts.buf, c->counts.off + SLOT_END * 4, end, 4, c->err, sizeof c->err);
}
