/* The LLP(1,1) parser (tools/llpgen.c, tools/grammar/rust.g): refine tokens
 * into terminals, look up every adjacent pair's stack change, lay the
 * changes out as brackets and productions by scans, match the brackets with a
 * min-tree to validate the parse and find parents, and get depths from
 * subtree ends (a min-tree query) and a scan. Everything per element runs in shaders/parse/llp_*.comp; the host
 * reads back three counts to size arrays. */
#include "compile.h"
#include "prim.h"
#include "common/llp_fields.h"
#include "generated/llp_tables.h"

#include <stdio.h>
#include <string.h>

#define PHASE "parse"
/* Rounds of refinement go as deep as rules depend on rules; real code needs
 * a handful. */
#define LLP_MAX_REFINE_ROUNDS 64u

struct llp_push {
    VkDeviceAddress tok_kind, tok_start, tok_end, tables, tf, br, nd, mt, diags, counts, src;
    uint32_t n, ts, bs, ns, arg;
};

static VkDeviceAddress tfield(const struct compile *c, uint32_t f)
{
    return c->llp_tf.addr + (VkDeviceAddress)f * c->llp_tstride * 4;
}

/* The tables go to the GPU once per compile: pair words, entries, then
 * production info (shaders/lib/llp.glsl). */
static int upload_tables(struct compile *c)
{
    VkDeviceSize pair = sizeof llp_pair, data = sizeof llp_data, info = sizeof llp_prod_info;
    c->llp_tables = arena_alloc(&c->arena, pair + data + info);
    if (arena_failed(c))
        return -1;
    const struct gpu_ref *t = &c->llp_tables;
    return vk_buf_upload(c->vk, t->buf, t->off, llp_pair, pair, c->err, sizeof c->err) ||
                   vk_buf_upload(c->vk, t->buf, t->off + pair, llp_data, data, c->err, sizeof c->err) ||
                   vk_buf_upload(c->vk, t->buf, t->off + pair + data, llp_prod_info, info, c->err, sizeof c->err)
               ? -1
               : 0;
}

/* Unbalanced delimiters are reported first, as rustc's lexer does. */
static int check_delimiters(struct compile *c, struct llp_push p)
{
    struct mintree mt;
    uint32_t n = c->ntok;
    if (n == 0)
        return 0;
    if (mintree_alloc(&mt, &c->arena, n, c->vk, c->err, sizeof c->err))
        return -1;
    VkDeviceAddress keys = mt.ref.addr + MINTREE_KEYS_OFFSET;
    p.mt = mt.ref.addr;
    p.arg = c->n;
    vk_rec_dispatch(&c->rec, PHASE, "llp_delims", &p, sizeof p, groups_for(n, ELEMENTWISE_GROUP));
    prim_scan_add(&c->rec, &c->arena, PHASE, keys, keys, n, 1, 0);
    mintree_build(&c->rec, &mt, PHASE);
    vk_rec_dispatch(&c->rec, PHASE, "llp_delim_match", &p, sizeof p, groups_for(n, ELEMENTWISE_GROUP));
    if (arena_failed(c) || compile_submit(c))
        return -1;
    return diag_flush(c);
}

/* Tokens to terminals (shaders/lib/llp_refine.glsl): TT bodies first, then
 * rounds of the refinement until no state changes (each rule reads only
 * earlier tokens, so the rounds settle on the sequential model's answer;
 * the host reads one counter per batch), then the terminals themselves. */
static int refine_tokens(struct compile *c, struct llp_push p)
{
    struct vk_rec *rec = &c->rec;
    uint32_t n = c->ntok, ts = c->llp_tstride;
    vk_rec_fill(rec, c->llp_tf.buf, c->llp_tf.off + (VkDeviceSize)TF_DROP * ts * 4, (VkDeviceSize)ts * 4, 0);
    vk_rec_dispatch(rec, PHASE, "llp_tt", &p, sizeof p, groups_for(n, ELEMENTWISE_GROUP));
    prim_scan_add(rec, &c->arena, PHASE, tfield(c, TF_DROP), tfield(c, TF_DROP), n, 1, 0);
    /* Round r writes TF_REF_A when r is even (arg bit 0: read B, write A). */
    uint32_t round = 0;
    for (;;) {
        uint32_t batch = round == 0 ? 3 : 2;
        for (uint32_t b = 0; b < batch; b++, round++) {
            if (b == batch - 1)
                vk_rec_fill(rec, c->counts.buf, c->counts.off + LLP_COUNT_CHANGED * 4, 4, 0);
            p.arg = (round % 2 == 0 ? 1u : 0u) | (round == 0 ? 2u : 0u);
            vk_rec_dispatch(rec, PHASE, "llp_refine", &p, sizeof p, groups_for(n, ELEMENTWISE_GROUP));
        }
        uint32_t changed;
        if (arena_failed(c) || compile_submit(c) ||
            vk_buf_download(c->vk, c->counts.buf, c->counts.off + LLP_COUNT_CHANGED * 4, &changed, 4, c->err,
                            sizeof c->err))
            return -1;
        if (changed == 0)
            break;
        if (round >= LLP_MAX_REFINE_ROUNDS) {
            snprintf(c->err, sizeof c->err, "the parser's token refinement did not settle in %u rounds",
                     LLP_MAX_REFINE_ROUNDS);
            return -1;
        }
    }
    /* The last round wrote A when it was even: read A (bit 0 clear). */
    p.arg = ((round - 1) % 2 == 0 ? 0u : 1u) | (c->edition >= 2021 ? LLP_ARG_EDITION_2021 : 0u);
    vk_rec_dispatch(rec, PHASE, "llp_refine_emit", &p, sizeof p, groups_for(n, ELEMENTWISE_GROUP));
    return 0;
}

int llp_phase(struct compile *c)
{
    struct gpu_arena *a = &c->arena;
    struct vk_rec *rec = &c->rec;
    uint32_t n = c->ntok, ts = LLP_TSTRIDE(n);
    if (upload_tables(c))
        return -1;
    c->llp_tstride = ts;
    c->llp_tf = arena_alloc(a, (VkDeviceSize)TF_COUNT * ts * 4);
    if (arena_failed(c))
        return -1;
    struct llp_push p = {c->tok_kind.addr, c->tok_start.addr, c->tok_end.addr, c->llp_tables.addr, c->llp_tf.addr,
                         0, 0, 0, c->diags.addr, c->counts.addr, c->src_buf.addr, n, ts, 0, 0, 0};
    VkDeviceAddress counts = c->counts.addr;
    int rc = check_delimiters(c, p);
    if (rc)
        return rc;
    vk_rec_fill(rec, c->counts.buf, c->counts.off + LLP_COUNT_TERMS * 4, 12, 0);
    if (n > 0) {
        rc = refine_tokens(c, p);
        if (rc)
            return rc;
        prim_scan_add(rec, a, PHASE, tfield(c, TF_TOKTERMS), tfield(c, TF_TOKTERMS), n, 0,
                      counts + LLP_COUNT_TERMS * 4);
        vk_rec_dispatch(rec, PHASE, "llp_expand", &p, sizeof p, groups_for(n, ELEMENTWISE_GROUP));
    }
    /* The pair scans run over the bound ts - 2: pairs past m + 1 count 0. */
    vk_rec_fill(rec, c->llp_tf.buf, c->llp_tf.off + (VkDeviceSize)TF_NBR * ts * 4, (VkDeviceSize)ts * 4, 0);
    vk_rec_fill(rec, c->llp_tf.buf, c->llp_tf.off + (VkDeviceSize)TF_NND * ts * 4, (VkDeviceSize)ts * 4, 0);
    /* Pairs: at most ts - 3 of them (m + 1 <= 3n + 1); each pass checks m. */
    uint64_t g_pairs = groups_for(LLP_MAX_TERMS_PER_TOKEN * n + 1, ELEMENTWISE_GROUP);
    vk_rec_dispatch(rec, PHASE, "llp_count", &p, sizeof p, g_pairs);
    prim_scan_add(rec, a, PHASE, tfield(c, TF_NBR), tfield(c, TF_NBR), ts - 2, 0, counts + LLP_COUNT_BR * 4);
    prim_scan_add(rec, a, PHASE, tfield(c, TF_NND), tfield(c, TF_NND), ts - 2, 0, counts + LLP_COUNT_ND * 4);
    if (arena_failed(c) || compile_submit(c))
        return -1;
    rc = diag_flush(c);
    if (rc)
        return rc;
    uint32_t got[3];
    if (vk_buf_download(c->vk, c->counts.buf, c->counts.off + LLP_COUNT_TERMS * 4, got, sizeof got, c->err,
                        sizeof c->err))
        return -1;
    uint32_t m = got[0], nb = got[1], nn = got[2];
    c->llp_nterms = m;
    c->llp_nnodes = nn;

    struct gpu_ref br = arena_alloc(a, (VkDeviceSize)BR_COUNT * (nb + 1) * 4);
    c->llp_nd = arena_alloc(a, (VkDeviceSize)ND_COUNT * (nn + 1) * 4);
    struct mintree mt;
    if (arena_failed(c) || mintree_alloc(&mt, a, nb, c->vk, c->err, sizeof c->err))
        return -1;
    p.br = br.addr;
    p.nd = c->llp_nd.addr;
    p.mt = mt.ref.addr;
    p.bs = nb + 1;
    p.ns = nn + 1;
    VkDeviceAddress depth = br.addr + (VkDeviceAddress)BR_DEPTH * (nb + 1) * 4;
    vk_rec_dispatch(rec, PHASE, "llp_write", &p, sizeof p, g_pairs);
    /* Depth after each bracket: the min-tree's keys, which llp_match reads. */
    prim_scan_add(rec, a, PHASE, depth, mt.ref.addr + MINTREE_KEYS_OFFSET, nb, 1, 0);
    mintree_build(rec, &mt, PHASE);
    vk_rec_dispatch(rec, PHASE, "llp_match", &p, sizeof p, groups_for(nb, ELEMENTWISE_GROUP));
    vk_rec_dispatch(rec, PHASE, "llp_juxt", &p, sizeof p, groups_for(nn, ELEMENTWISE_GROUP));
    if (arena_failed(c) || compile_submit(c))
        return -1;
    rc = diag_flush(c);
    if (rc)
        return rc;

    /* The parse is valid: parents, then depths (+1/-1 over each kept node's
     * subtree, found with a min-tree over parents, and an inclusive scan). */
    uint32_t most = nn > m ? nn : m;
    struct mintree by_parent;
    if (mintree_alloc(&by_parent, a, nn, c->vk, c->err, sizeof c->err))
        return -1;
    VkDeviceAddress depth_f = c->llp_nd.addr + (VkDeviceAddress)ND_DEPTH * (nn + 1) * 4;
    p.mt = by_parent.ref.addr;
    vk_rec_dispatch(rec, PHASE, "llp_parent", &p, sizeof p, groups_for(most, ELEMENTWISE_GROUP));
    mintree_build(rec, &by_parent, PHASE);
    vk_rec_fill(rec, c->llp_nd.buf, c->llp_nd.off + (VkDeviceSize)ND_DEPTH * (nn + 1) * 4, (VkDeviceSize)(nn + 1) * 4, 0);
    vk_rec_dispatch(rec, PHASE, "llp_depth", &p, sizeof p, groups_for(nn, ELEMENTWISE_GROUP));
    prim_scan_add(rec, a, PHASE, depth_f, depth_f, nn, 1, 0);
    c->llp_val_field = ND_DEPTH;
    if (arena_failed(c) || compile_submit(c))
        return -1;
    return 0;
}
