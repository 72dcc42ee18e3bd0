/* Lexing on the GPU: a parallel scan of DFA transition functions gives the
 * state after every byte; lexeme starts are compacted, classified and the
 * non-trivia ones compacted into the token arrays. */
#include "compile.h"
#include "prim.h"
#include "generated/lex_tables.h"
#include "generated/xid_tables.h"

#include <stdio.h>
#include <string.h>

#define LEX_ITEMS 64
#define LEX_BLOCK (WORKGROUP_SIZE * LEX_ITEMS)
#define PHASE "lex"
#define LEX_FN_WORDS 16 /* words per transition function (shaders/lib/dfa.glsl) */

struct fn_reduce_push {
    VkDeviceAddress src, table, partials;
    uint32_t n, bytes;
};
struct fn_apply_push {
    VkDeviceAddress fns, table, partials;
    uint32_t n, has_partials;
};
struct states_push {
    VkDeviceAddress src, table, partials, states, starts, diags;
    uint32_t n, has_partials;
};
struct lexemes_push {
    VkDeviceAddress starts, lexeme_start;
    uint32_t n;
};
struct classify_push {
    VkDeviceAddress src, table, states, starts, lexeme_start, lexeme_kind, keep, diags, line_start, counts, xid;
    uint32_t n, strict;
};
struct floats_push {
    VkDeviceAddress src, tok_kind, tok_start, tok_end, keep, counts, kind_out, end_out, line_start;
    uint32_t n;
};
struct refill_push {
    VkDeviceAddress keep, kind_in, start_in, end_in, kind_out, start_out, end_out, counts;
};
struct lines_push {
    VkDeviceAddress src, flags, line_start;
    uint32_t n;
};
struct compact_push {
    VkDeviceAddress starts, lexeme_start, lexeme_kind, keep, tok_kind, tok_start, tok_end;
    uint32_t n;
};

/* Exclusive scan, in place, of n transition functions (32 bytes each). */
static void scan_fns(struct compile *c, VkDeviceAddress table, VkDeviceAddress fns, uint32_t n)
{
    uint64_t blocks = groups_for(n, LEX_BLOCK);
    struct fn_apply_push ap = {fns, table, 0, n, 0};
    if (blocks > 1) {
        struct gpu_ref partials = arena_alloc(&c->arena, blocks * 4 * LEX_FN_WORDS);
        struct fn_reduce_push rp = {fns, table, partials.addr, n, 0};
        vk_rec_dispatch(&c->rec, PHASE, "lex_scan_reduce", &rp, sizeof rp, blocks);
        scan_fns(c, table, partials.addr, (uint32_t)blocks);
        ap.partials = partials.addr;
        ap.has_partials = 1;
    }
    vk_rec_dispatch(&c->rec, PHASE, "lex_scan_apply", &ap, sizeof ap, blocks);
}

int lex_phase(struct compile *c)
{
    uint32_t n = c->n;
    struct gpu_arena *a = &c->arena;
    struct gpu_ref table = arena_alloc(a, sizeof lex_table);
    struct gpu_ref xid = arena_alloc(a, sizeof xid_table);
    struct gpu_ref states = arena_alloc(a, (VkDeviceSize)n + 4);
    struct gpu_ref starts = arena_alloc(a, (VkDeviceSize)n * 4 + 4);
    struct gpu_ref lexeme_start = arena_alloc(a, (VkDeviceSize)n * 4 + 4);
    struct gpu_ref lexeme_kind = arena_alloc(a, (VkDeviceSize)n * 4 + 4);
    struct gpu_ref keep = arena_alloc(a, (VkDeviceSize)n * 4 + 4);
    c->tok_kind = arena_alloc(a, (VkDeviceSize)n * 4 + 8);
    c->tok_start = arena_alloc(a, (VkDeviceSize)n * 4 + 8);
    c->tok_end = arena_alloc(a, (VkDeviceSize)n * 4 + 8);
    if (arena_failed(c))
        return -1;
    if (vk_buf_upload(c->vk, table.buf, table.off, lex_table, sizeof lex_table, c->err, sizeof c->err) ||
        vk_buf_upload(c->vk, xid.buf, xid.off, xid_table, sizeof xid_table, c->err, sizeof c->err))
        return -1;

    struct vk_rec *rec = &c->rec;
    vk_rec_fill(rec, c->counts.buf, c->counts.off, 64, 0);
    /* Line-start table first: diagnostics and panic locations map bytes to
     * line:col, and a shebang line ends at the first newline. */
    struct gpu_ref line_flags = arena_alloc(a, (VkDeviceSize)n * 4 + 4);
    c->line_start = arena_alloc(a, (VkDeviceSize)n * 4 + 8);
    if (n > 0) {
        struct lines_push fp = {c->src_buf.addr, line_flags.addr, c->counts.addr, n};
        vk_rec_dispatch(rec, PHASE, "lex_line_flags", &fp, sizeof fp, groups_for(n, ELEMENTWISE_GROUP));
        prim_scan_add(rec, a, PHASE, line_flags.addr, line_flags.addr, n, 1, c->counts.addr + 4);
        struct lines_push lp2 = {c->src_buf.addr, line_flags.addr, c->line_start.addr, n};
        vk_rec_dispatch(rec, PHASE, "lex_line_starts", &lp2, sizeof lp2, groups_for(n, ELEMENTWISE_GROUP));
    } else {
        vk_rec_fill(rec, c->line_start.buf, c->line_start.off, 4, 0);
    }
    if (n > 0) {
        uint64_t blocks = groups_for(n, LEX_BLOCK);
        struct states_push sp = {c->src_buf.addr, table.addr, 0, states.addr, starts.addr, c->diags.addr, n, 0};
        if (blocks > 1) {
            struct gpu_ref partials = arena_alloc(a, blocks * 4 * LEX_FN_WORDS);
            struct fn_reduce_push rp = {c->src_buf.addr, table.addr, partials.addr, n, 1};
            vk_rec_dispatch(rec, PHASE, "lex_scan_reduce", &rp, sizeof rp, blocks);
            scan_fns(c, table.addr, partials.addr, (uint32_t)blocks);
            sp.partials = partials.addr;
            sp.has_partials = 1;
        }
        vk_rec_dispatch(rec, PHASE, "lex_states", &sp, sizeof sp, blocks);
        prim_scan_add(rec, a, PHASE, starts.addr, starts.addr, n, 1, 0);
        struct lexemes_push lp = {starts.addr, lexeme_start.addr, n};
        vk_rec_dispatch(rec, PHASE, "lex_lexemes", &lp, sizeof lp, groups_for(n, ELEMENTWISE_GROUP));
        vk_rec_fill(rec, keep.buf, keep.off, (VkDeviceSize)n * 4, 0);
        struct classify_push cp = {c->src_buf.addr, table.addr, states.addr, starts.addr, lexeme_start.addr,
                                   lexeme_kind.addr, keep.addr, c->diags.addr, c->line_start.addr,
                                   c->counts.addr, xid.addr, n, c->strict_literals};
        vk_rec_dispatch(rec, PHASE, "lex_classify", &cp, sizeof cp, groups_for(n, ELEMENTWISE_GROUP));
        prim_scan_add(rec, a, PHASE, keep.addr, keep.addr, n, 1, c->counts.addr);
        struct compact_push kp = {starts.addr, lexeme_start.addr, lexeme_kind.addr, keep.addr,
                                  c->tok_kind.addr, c->tok_start.addr, c->tok_end.addr, n};
        vk_rec_dispatch(rec, PHASE, "lex_compact", &kp, sizeof kp, groups_for(n, ELEMENTWISE_GROUP));

        /* Floats span several DFA lexemes: join them, then compact again. */
        struct gpu_ref kind_tmp = arena_alloc(a, (VkDeviceSize)n * 4 + 8);
        struct gpu_ref end_tmp = arena_alloc(a, (VkDeviceSize)n * 4 + 8);
        struct gpu_ref kind2 = arena_alloc(a, (VkDeviceSize)n * 4 + 8);
        struct gpu_ref start2 = arena_alloc(a, (VkDeviceSize)n * 4 + 8);
        struct gpu_ref end2 = arena_alloc(a, (VkDeviceSize)n * 4 + 8);
        if (arena_failed(c))
            return -1;
        vk_rec_fill(rec, keep.buf, keep.off, (VkDeviceSize)n * 4, 0);
        struct floats_push fl = {c->src_buf.addr, c->tok_kind.addr, c->tok_start.addr, c->tok_end.addr,
                                 keep.addr, c->counts.addr, kind_tmp.addr, end_tmp.addr, c->line_start.addr, n};
        vk_rec_dispatch(rec, PHASE, "lex_floats", &fl, sizeof fl, groups_for(n, ELEMENTWISE_GROUP));
        prim_scan_add(rec, a, PHASE, keep.addr, keep.addr, n, 1, c->counts.addr + 12);
        struct refill_push rf = {keep.addr, kind_tmp.addr, c->tok_start.addr, end_tmp.addr,
                                 kind2.addr, start2.addr, end2.addr, c->counts.addr};
        vk_rec_dispatch(rec, PHASE, "lex_refill", &rf, sizeof rf, groups_for(n, ELEMENTWISE_GROUP));
        c->tok_kind = kind2;
        c->tok_start = start2;
        c->tok_end = end2;
    }
    if (arena_failed(c))
        return -1;
    if (compile_submit(c))
        return -1;
    uint32_t counts[4];
    if (vk_buf_download(c->vk, c->counts.buf, c->counts.off, counts, sizeof counts, c->err, sizeof c->err))
        return -1;
    c->ntok = n > 0 ? counts[3] : 0;
    c->nlines = counts[1] + 1;
    return diag_flush(c);
}
