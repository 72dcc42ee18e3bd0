/* Lowering (shaders/lower/, shaders/lib/lower.glsl): the syntax tree
 * (common/tree_fields.h) becomes the Tier 0 tree that sema and the code
 * generator read (common/ast.h), and whatever Tier 0 does not cover is
 * refused with a located "not supported yet" error: the support gate.
 * Every element maps to at most one node in the same order; a scan numbers
 * the kept ones, a scan of +1/-1 at each node's start and end gives depths,
 * and a min-tree over those depths finds parents. */
#include "compile.h"
#include "prim.h"
#include "common/ast.h"

#include <stdio.h>

#define PHASE "lower"

enum { LW_KIND, LW_TOK, LW_END, LW_IDX, LW_DEPTH, LW_COUNT };
#define LOWER_COUNT_NODES 45 /* word of c->counts, as in lower.glsl */

struct lower_push {
    VkDeviceAddress at, tf, lw, mt, ast, diags, src, tok_start, tok_end, counts;
    uint32_t e, es, ts, m, ntok, astride, edition;
};
_Static_assert(sizeof(struct lower_push) <= 128, "push constants");

int lower_phase(struct compile *c)
{
    struct gpu_arena *a = &c->arena;
    struct vk_rec *rec = &c->rec;
    uint32_t e = c->tree_n, es = c->tree_stride;
    struct gpu_ref lw = arena_alloc(a, (VkDeviceSize)LW_COUNT * es * 4);
    c->ast_stride = es;
    c->ast = arena_alloc(a, (VkDeviceSize)A_FIELDS * es * 4);
    struct mintree by_depth;
    if (arena_failed(c) || mintree_alloc(&by_depth, a, e, c->vk, c->err, sizeof c->err))
        return -1;
    struct lower_push p = {c->tree.addr, c->llp_tf.addr, lw.addr, by_depth.ref.addr, c->ast.addr, c->diags.addr,
                           c->src_buf.addr, c->tok_start.addr, c->tok_end.addr, c->counts.addr,
                           e, es, c->llp_tstride, c->llp_nterms, c->ntok, es, c->edition};
    VkDeviceAddress idx = lw.addr + (VkDeviceAddress)LW_IDX * es * 4, depth = lw.addr + (VkDeviceAddress)LW_DEPTH * es * 4;
    uint64_t g = groups_for(e, ELEMENTWISE_GROUP);
    vk_rec_fill(rec, lw.buf, lw.off + (VkDeviceSize)LW_IDX * es * 4, (VkDeviceSize)es * 4 * 2, 0);
    vk_rec_dispatch(rec, PHASE, "lower_roles", &p, sizeof p, g);
    prim_scan_add(rec, a, PHASE, idx, idx, es, 0, c->counts.addr + LOWER_COUNT_NODES * 4);
    prim_scan_add(rec, a, PHASE, depth, depth, e, 1, 0);
    vk_rec_dispatch(rec, PHASE, "lower_keys", &p, sizeof p, g);
    mintree_build(rec, &by_depth, PHASE);
    vk_rec_dispatch(rec, PHASE, "lower_write", &p, sizeof p, g);
    if (arena_failed(c) || compile_submit(c) ||
        vk_buf_download(c->vk, c->counts.buf, c->counts.off + LOWER_COUNT_NODES * 4, &c->nnodes, 4, c->err,
                        sizeof c->err))
        return -1;
    return diag_flush(c);
}
