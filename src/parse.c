/* Parsing on the GPU (see shaders/parse/): bracket depths by scan; a min-tree
 * of keys answers "nearest token left/right with key <= t", which matches
 * brackets, finds the bodies of if/while/for/loop/fn, and builds the tree as
 * the Cartesian tree of precedence keys; pointer jumping gives depths and
 * subtree extents, from which preorder follows by a counting scan. */
#include "compile.h"
#include "prim.h"
#include "common/ast.h"
#include "common/parse_fields.h"

#include <stdio.h>
#include <string.h>

#define PHASE "parse"


struct parse_push {
    VkDeviceAddress tok_kind, tok_start, tok_end, pa, t1, t2, t3, diags, src;
    uint32_t n, stride, arg0, arg1;
};

static VkDeviceAddress field(const struct gpu_ref *pa, uint32_t stride, uint32_t f)
{
    return pa->addr + (VkDeviceAddress)f * stride * 4;
}

static void fill_field(struct compile *c, const struct gpu_ref *pa, uint32_t stride, uint32_t f, uint32_t value)
{
    vk_rec_fill(&c->rec, pa->buf, pa->off + (VkDeviceSize)f * stride * 4, (VkDeviceSize)stride * 4, value);
}

int parse_phase(struct compile *c)
{
    uint32_t n = c->ntok;
    uint32_t stride = n + 2;
    struct gpu_arena *a = &c->arena;
    struct vk_rec *rec = &c->rec;
    struct gpu_ref pa = arena_alloc(a, (VkDeviceSize)F_COUNT * stride * 4);
    struct mintree t1, t2, t3;
    if (arena_failed(c) || mintree_alloc(&t1, a, n, c->vk, c->err, sizeof c->err) ||
        mintree_alloc(&t2, a, n, c->vk, c->err, sizeof c->err) ||
        mintree_alloc(&t3, a, n, c->vk, c->err, sizeof c->err))
        return -1;
    c->ast_stride = n + 1;
    c->ast = arena_alloc(a, (VkDeviceSize)A_FIELDS * c->ast_stride * 4);
    if (arena_failed(c))
        return -1;
    struct parse_push p = {c->tok_kind.addr, c->tok_start.addr, c->tok_end.addr, pa.addr,
                           t1.ref.addr, t2.ref.addr, t3.ref.addr, c->diags.addr, c->src_buf.addr, n, stride, c->n, 0};
    uint64_t g_n = groups_for(n, ELEMENTWISE_GROUP), g_n1 = groups_for(n + 1, ELEMENTWISE_GROUP);
    uint64_t g_n2 = groups_for(n + 2, ELEMENTWISE_GROUP);

    fill_field(c, &pa, stride, F_MATCH, 0xffffffffu);
    fill_field(c, &pa, stride, F_OPEN_OF, 0xffffffffu);
    fill_field(c, &pa, stride, F_BODY_OF, 0xffffffffu);
    fill_field(c, &pa, stride, F_HEADER_OF, 0xffffffffu);
    fill_field(c, &pa, stride, F_NCHILD, 0);
    fill_field(c, &pa, stride, F_FIRST, 0xffffffffu);
    fill_field(c, &pa, stride, F_LAST, 0);
    fill_field(c, &pa, stride, F_ROLE, 0);
    fill_field(c, &pa, stride, F_LOCOUNT, 0);
    fill_field(c, &pa, stride, F_LOMIN, 0xffffffffu);

    if (n > 0) {
        vk_rec_dispatch(rec, PHASE, "parse_delta1", &p, sizeof p, g_n);
        prim_scan_add(rec, a, PHASE, field(&pa, stride, F_DELTA), field(&pa, stride, F_DELTA), n, 1, 0);
        vk_rec_dispatch(rec, PHASE, "parse_depth1", &p, sizeof p, g_n);
        mintree_build(rec, &t1, PHASE);
        vk_rec_dispatch(rec, PHASE, "parse_match", &p, sizeof p, g_n);
        vk_rec_dispatch(rec, PHASE, "parse_delta2", &p, sizeof p, g_n);
        prim_scan_add(rec, a, PHASE, field(&pa, stride, F_DELTA), field(&pa, stride, F_DELTA), n, 1, 0);
        vk_rec_dispatch(rec, PHASE, "parse_depth2", &p, sizeof p, g_n);
        mintree_build(rec, &t2, PHASE);
        vk_rec_dispatch(rec, PHASE, "parse_keys", &p, sizeof p, g_n);
        mintree_build(rec, &t3, PHASE);
    }
    vk_rec_dispatch(rec, PHASE, "parse_parent", &p, sizeof p, g_n1);
    vk_rec_dispatch(rec, PHASE, "parse_children", &p, sizeof p, g_n);
    vk_rec_dispatch(rec, PHASE, "parse_kinds", &p, sizeof p, g_n1);
    if (arena_failed(c))
        return -1;
    if (compile_submit(c))
        return -1;
    int rc = diag_flush(c);
    if (rc)
        return rc;

    /* The tree is well formed: order it. */
    vk_rec_dispatch(rec, PHASE, "parse_jump_init", &p, sizeof p, g_n1);
    /* Chains are as long as the tree is deep, usually far less than n: jump
     * in batches and stop once a round moves no pointer (the flag lives in
     * the diagnostics buffer's spare word). */
    uint32_t max_rounds = 2;
    while ((1u << max_rounds) < n + 2)
        max_rounds++;
    uint32_t rounds = 0;
    for (;;) {
        for (int k = 0; k < 3 && rounds < max_rounds; k++, rounds++) {
            p.arg0 = rounds & 1;
            p.arg1 = k == 2;
            if (k == 2)
                vk_rec_fill(rec, c->diags.buf, c->diags.off + 4, 4, 0);
            vk_rec_dispatch(rec, PHASE, "parse_jump", &p, sizeof p, g_n1);
        }
        if (rounds >= max_rounds)
            break;
        uint32_t moved;
        if (compile_submit(c) ||
            vk_buf_download(c->vk, c->diags.buf, c->diags.off + 4, &moved, 4, c->err, sizeof c->err))
            return -1;
        if (moved == 0)
            break;
    }
    p.arg1 = 0;
    p.arg0 = rounds & 1;
    vk_rec_dispatch(rec, PHASE, "parse_order_count", &p, sizeof p, g_n2);
    prim_scan_add(rec, a, PHASE, field(&pa, stride, F_LOCOUNT), field(&pa, stride, F_LOCOUNT), n + 1, 0, 0);
    prim_scan_add(rec, a, PHASE, field(&pa, stride, F_NODESCAN), field(&pa, stride, F_NODESCAN), n + 2, 0,
                  c->counts.addr + 8);
    vk_rec_dispatch(rec, PHASE, "parse_order", &p, sizeof p, g_n1);
    p.t1 = c->ast.addr;
    p.arg1 = c->ast_stride;
    vk_rec_dispatch(rec, PHASE, "parse_scatter", &p, sizeof p, g_n1);
    vk_rec_dispatch(rec, PHASE, "parse_semi", &p, sizeof p, g_n1);
    if (arena_failed(c))
        return -1;
    if (compile_submit(c))
        return -1;
    if (vk_buf_download(c->vk, c->counts.buf, c->counts.off + 8, &c->nnodes, 4, c->err, sizeof c->err))
        return -1;
    c->parse_fields = pa;
    c->parse_stride = stride;
    c->lo_field = F_FV + (int)(rounds & 1);
    return diag_flush(c);
}
