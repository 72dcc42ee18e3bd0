/* Name resolution and type checking on the GPU (shaders/sema/).
 *
 * Names: every binding pushes a scope [end of its let | body start, end of
 * its block) and pops at its end, every use queries at its own preorder
 * position; the events, keyed (name hash, position), are radix-sorted, a scan
 * gives each event its scope depth within its name's run, and a min-tree
 * query finds for each use the push of the innermost scope still open (the
 * nearest earlier event with a smaller depth). Fns are global: their events
 * sit in a namespace of positions after all the locals'.
 *
 * Types: every node has a type variable, a seed (its own type, if any) and
 * up to two equality edges. Union-find by hooking and pointer jumping (the
 * host loops over rounds only) builds two partitions: over "strong" edges and
 * over all edges (adding the "check" edges, where rustc checks an expression
 * against an expected type). A component's type is its earliest seeded
 * member's; disagreements are reported where rustc reports them.
 *
 * Passes: sema_nodes, sema_paths, scan | readback event count, depth | sema_anc_jump x
 * log2 depth, sema_gate, sema_events, radix sort (radix_hist, scan, radix_scatter per 4 bits),
 * sema_depth, scan, mintree_build, sema_resolve, sema_labels, sema_init x2, sema_div rounds | readback
 * | sema_edges, (sema_uf_hook, sema_uf_jump x2) rounds | readback |
 * sema_comp, sema_check, sema_check_b x3, sema_format, sema_const rounds | readback,
 * sema_const (reachability, lints). */
#include "compile.h"
#include "prim.h"
#include "common/ast.h"

#include <stdio.h>
#include <string.h>

#define PHASE "sema"
#define CONST_ROUNDS 4
#define CONST_ROUNDS_ITEMS 1024
#define CONST_DISPATCHES_PER_ROUND 2

#include "common/sema_fields.h"

struct sema_push {
    VkDeviceAddress ast, tok_start, tok_end, src, diags, s, ev, fmt_args, x0, x1, x2;
    uint32_t nn, astride, ss, ntok, nev, evs, arg0, arg1, pad0, pad1;
};
_Static_assert(sizeof(struct sema_push) == 128, "push constants");

static int read_flag(struct compile *c, const struct gpu_ref *s, uint32_t ss, uint32_t k, uint32_t *v)
{
    if (compile_submit(c))
        return -1;
    return vk_buf_download(c->vk, s->buf, s->off + ((VkDeviceSize)S_COUNT * ss + k) * 4, v, 4, c->err,
                           sizeof c->err);
}

int sema_phase(struct compile *c)
{
    struct gpu_arena *a = &c->arena;
    struct vk_rec *rec = &c->rec;
    uint32_t nn = c->nnodes, ss = nn + SEMA_VIRT;
    struct gpu_ref s = arena_alloc(a, ((VkDeviceSize)S_COUNT * ss + 8) * 4);
    c->fmt_args = arena_alloc(a, (VkDeviceSize)(nn ? nn : 1) * 8 * 4);
    if (arena_failed(c))
        return -1;
    vk_rec_fill(rec, s.buf, s.off, s.size, 0);
    vk_rec_fill(rec, c->fmt_args.buf, c->fmt_args.off, c->fmt_args.size, 0xffffffffu);
    vk_rec_fill(rec, c->ast.buf, c->ast.off + (VkDeviceSize)A_DECL * c->ast_stride * 4, (VkDeviceSize)c->ast_stride * 4,
                0xffffffffu);
    vk_rec_fill(rec, c->ast.buf, c->ast.off + (VkDeviceSize)A_TYPE * c->ast_stride * 4, (VkDeviceSize)c->ast_stride * 4,
                0);
    vk_rec_fill(rec, c->ast.buf, c->ast.off + (VkDeviceSize)A_FLAGS * c->ast_stride * 4,
                (VkDeviceSize)c->ast_stride * 4, 0);

    struct sema_push p = {c->ast.addr, c->tok_start.addr, c->tok_end.addr, c->src_buf.addr, c->diags.addr, s.addr,
                          0, c->fmt_args.addr, 0, 0, 0,
                          nn, c->ast_stride, ss, c->ntok, 0, 0, 0, 0, 0, 0};
    uint64_t g_nn = groups_for(nn, ELEMENTWISE_GROUP), g_ss = groups_for(ss, ELEMENTWISE_GROUP);

    vk_rec_dispatch(rec, PHASE, "sema_nodes", &p, sizeof p, g_nn);
    vk_rec_dispatch(rec, PHASE, "sema_paths", &p, sizeof p, g_nn);
    VkDeviceAddress evoff = s.addr + (VkDeviceAddress)S_EVOFF * ss * 4;
    prim_scan_add(rec, a, PHASE, evoff, evoff, nn, 0, c->counts.addr + 64);
    uint32_t nev = 0, maxdepth = 0;
    if (arena_failed(c))
        return -1;
    if (compile_submit(c) ||
        vk_buf_download(c->vk, c->counts.buf, c->counts.off + 64, &nev, 4, c->err, sizeof c->err) ||
        vk_buf_download(c->vk, s.buf, s.off + ((VkDeviceSize)S_COUNT * ss + FL_MAXDEPTH) * 4, &maxdepth, 4, c->err,
                        sizeof c->err))
        return -1;
    /* Nearest enclosing loop and fn: pointer jumping, log2(depth) rounds. */
    uint32_t rounds = 1;
    while ((1u << rounds) < maxdepth + 1)
        rounds++;
    for (uint32_t r = 0; r < rounds; r++) {
        p.arg0 = r & 1;
        vk_rec_dispatch(rec, PHASE, "sema_anc_jump", &p, sizeof p, g_nn);
    }
    uint32_t anc = rounds & 1;
    p.arg0 = anc;
    vk_rec_dispatch(rec, PHASE, "sema_gate", &p, sizeof p, g_nn);

    /* Resolution. */
    uint32_t evs = nev + 1;
    struct gpu_ref ev = arena_alloc(a, (VkDeviceSize)EV_COUNT * evs * 4);
    struct mintree tree;
    if (arena_failed(c))
        return -1;
    if (mintree_alloc(&tree, a, nev, c->vk, c->err, sizeof c->err))
        return -1;
    p.ev = ev.addr;
    p.nev = nev;
    p.evs = evs;
    p.arg0 = anc;
    vk_rec_dispatch(rec, PHASE, "sema_events", &p, sizeof p, g_nn);
    if (nev > 0) {
#define EVF(f) (ev.addr + (VkDeviceAddress)(f) * evs * 4)
        uint32_t lo_max = (2 * nn + 2) * 4, lo_bits = 1;
        while (lo_bits < 32 && (1ull << lo_bits) <= lo_max)
            lo_bits++;
        int which = prim_radix_sort64(rec, a, PHASE, EVF(EV_HI), EVF(EV_LO), EVF(EV_VAL), EVF(EV_THI), EVF(EV_TLO),
                                      EVF(EV_TVAL), nev, lo_bits, 32);
        p.x0 = which ? EVF(EV_TLO) : EVF(EV_LO);
        p.x1 = which ? EVF(EV_TVAL) : EVF(EV_VAL);
#undef EVF
        p.x2 = tree.ref.addr;
        uint64_t g_ev = groups_for(nev, ELEMENTWISE_GROUP);
        vk_rec_dispatch(rec, PHASE, "sema_depth", &p, sizeof p, g_ev);
        VkDeviceAddress keys = tree.ref.addr + MINTREE_KEYS_OFFSET;
        prim_scan_add(rec, a, PHASE, keys, keys, nev, 1, 0);
        mintree_build(rec, &tree, PHASE);
        vk_rec_dispatch(rec, PHASE, "sema_resolve", &p, sizeof p, g_ev);
    }

    vk_rec_dispatch(rec, PHASE, "sema_labels", &p, sizeof p, g_nn);

    /* Bindings declared without a value: initialising assignments, then uses. */
    p.arg0 = 0;
    vk_rec_dispatch(rec, PHASE, "sema_init", &p, sizeof p, g_nn);
    p.arg0 = 1;
    vk_rec_dispatch(rec, PHASE, "sema_init", &p, sizeof p, g_nn);
    p.arg0 = anc;

    /* Divergence: rounds until nothing changes. */
    VkDeviceSize flag_off = s.off + ((VkDeviceSize)S_COUNT * ss + FL_CHANGED) * 4;
    for (;;) {
        vk_rec_dispatch(rec, PHASE, "sema_div", &p, sizeof p, g_nn);
        vk_rec_dispatch(rec, PHASE, "sema_div", &p, sizeof p, g_nn);
        vk_rec_fill(rec, s.buf, flag_off, 4, 0);
        vk_rec_dispatch(rec, PHASE, "sema_div", &p, sizeof p, g_nn);
        uint32_t changed;
        if (arena_failed(c))
            return -1;
        if (read_flag(c, &s, ss, FL_CHANGED, &changed))
            return -1;
        if (!changed)
            break;
    }

    /* Types: edges, then union-find rounds until no edge links two labels
     * and every label is a root. */
    vk_rec_dispatch(rec, PHASE, "sema_edges", &p, sizeof p, g_ss);
    for (;;) {
        for (int k = 0; k < 2; k++) {
            if (k == 1)
                vk_rec_fill(rec, s.buf, flag_off, 4, 0);
            vk_rec_dispatch(rec, PHASE, "sema_uf_hook", &p, sizeof p, g_nn);
            vk_rec_dispatch(rec, PHASE, "sema_uf_jump", &p, sizeof p, g_ss);
            vk_rec_dispatch(rec, PHASE, "sema_uf_jump", &p, sizeof p, g_ss);
        }
        uint32_t changed;
        if (read_flag(c, &s, ss, FL_CHANGED, &changed))
            return -1;
        if (!changed)
            break;
    }
    vk_rec_dispatch(rec, PHASE, "sema_comp", &p, sizeof p, g_ss);
    vk_rec_dispatch(rec, PHASE, "sema_check", &p, sizeof p, g_nn);
    p.arg1 = 0;
    p.arg0 = 0;
    vk_rec_dispatch(rec, PHASE, "sema_check_b", &p, sizeof p, g_nn);
    p.arg0 = 1;
    vk_rec_dispatch(rec, PHASE, "sema_check_b", &p, sizeof p, g_nn);
    p.arg0 = 2;
    vk_rec_dispatch(rec, PHASE, "sema_check_b", &p, sizeof p, g_nn);
    p.x0 = c->fmt_args.addr;
    vk_rec_dispatch(rec, PHASE, "sema_format", &p, sizeof p, g_nn);

    /* Values known at compile time, in rounds to a fixed point, then rustc's
     * arithmetic_overflow and unconditional_panic lints. The rounds are
     * bounded (each costs a pass over every node): values that need more
     * stay unknown, so a lint deeper than that does not fire. */
    p.arg1 = anc;
    p.arg0 = 0;
    VkDeviceSize pending_off = s.off + ((VkDeviceSize)S_COUNT * ss + FL_CONST_PENDING) * 4;
    for (int round = 0; round < CONST_ROUNDS_ITEMS; round++) {
        vk_rec_fill(rec, s.buf, flag_off, 4, 0);
        vk_rec_fill(rec, s.buf, pending_off, 4, 0);
        for (int k = 0; k < CONST_DISPATCHES_PER_ROUND; k++)
            vk_rec_dispatch(rec, PHASE, "sema_const", &p, sizeof p, g_nn);
        uint32_t changed, pending;
        if (arena_failed(c) || read_flag(c, &s, ss, FL_CHANGED, &changed) ||
            read_flag(c, &s, ss, FL_CONST_PENDING, &pending))
            return -1;
        /* const items must be computed whole: past the lints' bound, rounds
         * go on while one is pending and values still change */
        if (!changed || (round + 1 >= CONST_ROUNDS && !pending))
            break;
    }
    p.arg0 = 1;
    vk_rec_dispatch(rec, PHASE, "sema_const", &p, sizeof p, g_nn);
    p.arg0 = 2;
    vk_rec_dispatch(rec, PHASE, "sema_const", &p, sizeof p, g_nn);
    if (arena_failed(c))
        return -1;
    if (compile_submit(c))
        return -1;
    c->sema_done = 1;
    return diag_flush(c);
}
