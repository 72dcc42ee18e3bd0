/* The syntax tree (src/common/tree_fields.h): the LLP parser's derivation
 * folded so that every operator node holds its operands. Numbering the kept
 * elements, the min-tree queries that find each suffix's operand, a scan of
 * how far each element moves, and the scatter into preorder all run in
 * shaders/parse/tree_*.comp, and so do the child indices (a stable sort by
 * depth), and a check of the syntax rustc refuses that the grammar lets
 * through (a non-item in a file, let chains before 2024); the host reads back the element count. */
#include "compile.h"
#include "prim.h"
#include "common/llp_fields.h"
#include "common/tree_fields.h"

#include <stdio.h>

#define PHASE "parse"

struct tree_push {
    VkDeviceAddress tf, nd, tables, keep, tr, at, mt, mt2, counts;
    uint32_t nn, m, ts, ns, es, val;
};

/* Syntax the tree shows that rustc refuses while parsing: a non-item in a
 * file, let chains before edition 2024 (shaders/parse/tree_checks.comp). */
struct check_push {
    VkDeviceAddress at, tf, tok_start, tok_end, diags, src;
    uint32_t e, es, ts, edition;
};

int tree_phase(struct compile *c)
{
    struct gpu_arena *a = &c->arena;
    struct vk_rec *rec = &c->rec;
    uint32_t nn = c->llp_nnodes, m = c->llp_nterms, total = nn + m;
    struct gpu_ref keep = arena_alloc(a, ((VkDeviceSize)total + 1) * 4);
    if (arena_failed(c))
        return -1;
    struct tree_push p = {c->llp_tf.addr, c->llp_nd.addr, c->llp_tables.addr, keep.addr, 0, 0, 0, 0,
                          c->counts.addr, nn, m, c->llp_tstride, nn + 1, 0, c->llp_val_field};
    vk_rec_dispatch(rec, PHASE, "tree_mark", &p, sizeof p, groups_for(total, ELEMENTWISE_GROUP));
    prim_scan_add(rec, a, PHASE, keep.addr, keep.addr, total, 0, c->counts.addr + LLP_COUNT_TREE * 4);
    uint32_t e;
    if (arena_failed(c) || compile_submit(c) ||
        vk_buf_download(c->vk, c->counts.buf, c->counts.off + LLP_COUNT_TREE * 4, &e, 4, c->err, sizeof c->err))
        return -1;
    uint32_t es = e + 1;
    struct gpu_ref tr = arena_alloc(a, (VkDeviceSize)TR_COUNT * es * 4);
    c->tree = arena_alloc(a, (VkDeviceSize)AT_COUNT * es * 4);
    struct mintree by_depth, by_kind;
    if (arena_failed(c) || mintree_alloc(&by_depth, a, e, c->vk, c->err, sizeof c->err) ||
        mintree_alloc(&by_kind, a, e, c->vk, c->err, sizeof c->err))
        return -1;
    c->tree_n = e;
    c->tree_stride = es;
    p.tr = tr.addr;
    p.at = c->tree.addr;
    p.mt = by_depth.ref.addr;
    p.mt2 = by_kind.ref.addr;
    p.es = es;
    vk_rec_dispatch(rec, PHASE, "tree_init", &p, sizeof p, groups_for(total, ELEMENTWISE_GROUP));
    vk_rec_fill(rec, tr.buf, tr.off + (VkDeviceSize)TR_SHIFT * es * 4, (VkDeviceSize)es * 4, 0);
    mintree_build(rec, &by_depth, PHASE);
    mintree_build(rec, &by_kind, PHASE);
    vk_rec_dispatch(rec, PHASE, "tree_fold", &p, sizeof p, groups_for(e, ELEMENTWISE_GROUP));
    VkDeviceAddress shift = tr.addr + (VkDeviceAddress)TR_SHIFT * es * 4;
    prim_scan_add(rec, a, PHASE, shift, shift, e, 1, 0);
    vk_rec_dispatch(rec, PHASE, "tree_place", &p, sizeof p, groups_for(e, ELEMENTWISE_GROUP));
    vk_rec_dispatch(rec, PHASE, "tree_link", &p, sizeof p, groups_for(e, ELEMENTWISE_GROUP));

    /* Child indices: a stable sort by depth, on as many bits as the greatest
     * depth needs (nesting is shallow in real code: 2 passes, not log2(e)). */
    struct gpu_ref sorted = arena_alloc(a, (VkDeviceSize)6 * es * 4), pos = arena_alloc(a, (VkDeviceSize)es * 4);
    if (arena_failed(c))
        return -1;
    VkDeviceAddress k0 = sorted.addr, step = (VkDeviceAddress)es * 4;
    p.tr = k0;
    vk_rec_fill(rec, c->counts.buf, c->counts.off + LLP_COUNT_TREE_DEPTH * 4, 4, 0);
    vk_rec_dispatch(rec, PHASE, "tree_child_keys", &p, sizeof p, groups_for(e, ELEMENTWISE_GROUP));
    uint32_t max_depth;
    if (arena_failed(c) || compile_submit(c) ||
        vk_buf_download(c->vk, c->counts.buf, c->counts.off + LLP_COUNT_TREE_DEPTH * 4, &max_depth, 4, c->err,
                        sizeof c->err))
        return -1;
    uint32_t bits = 1;
    while (bits < 32 && (1ull << bits) <= max_depth)
        bits++;
    int which = prim_radix_sort64(rec, a, PHASE, k0, k0 + step, k0 + 2 * step, k0 + 3 * step, k0 + 4 * step,
                                  k0 + 5 * step, e, bits, 0);
    p.mt = which ? k0 + 5 * step : k0 + 2 * step;
    p.mt2 = pos.addr;
    vk_rec_dispatch(rec, PHASE, "tree_child_rank", &p, sizeof p, groups_for(e, ELEMENTWISE_GROUP));
    vk_rec_dispatch(rec, PHASE, "tree_child", &p, sizeof p, groups_for(e, ELEMENTWISE_GROUP));
    struct check_push chk = {c->tree.addr, c->llp_tf.addr, c->tok_start.addr, c->tok_end.addr, c->diags.addr,
                                c->src_buf.addr, e, es, c->llp_tstride, c->edition};
    vk_rec_dispatch(rec, PHASE, "tree_checks", &chk, sizeof chk, groups_for(e, ELEMENTWISE_GROUP));
    if (arena_failed(c) || compile_submit(c))
        return -1;
    return diag_flush(c);
}
