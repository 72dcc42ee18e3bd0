/* Lexing on the GPU: a parallel scan of DFA transition functions gives the
 * state after every byte; lexeme starts are compacted, classified and the
 * non-trivia ones compacted into the token arrays. A comment or raw string
 * nested deeper than the DFA counts sends it into a sink: the construct's
 * end is found by scans (lex_sink.c), marked, and the bytes lexed again, once
 * per such construct. */
#include "compile.h"
#include "common/diag_codes.h"
#include "lex_sink.h"
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
    VkDeviceAddress src, table, partials, ovr;
    uint32_t n, bytes, has_ovr;
};
struct fn_apply_push {
    VkDeviceAddress fns, table, partials;
    uint32_t n, has_partials;
};
struct states_push {
    VkDeviceAddress src, table, partials, states, starts, ovr, sink_entry;
    uint32_t n, has_partials, has_ovr, after;
};
struct lexemes_push {
    VkDeviceAddress starts, lexeme_start;
    uint32_t n;
};
struct classify_push {
    VkDeviceAddress src, table, states, starts, lexeme_start, lexeme_kind, keep, diags, line_start, counts, xid;
    uint32_t n, strict;
};
struct escapes_push {
    VkDeviceAddress src, states, starts, lexeme_start, lexeme_kind, diags;
    uint32_t n;
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

/* Exclusive scan, in place, of n transition functions (64 bytes each). */
static void scan_fns(struct compile *c, VkDeviceAddress table, VkDeviceAddress fns, uint32_t n)
{
    uint64_t blocks = groups_for(n, LEX_BLOCK);
    struct fn_apply_push ap = {fns, table, 0, n, 0};
    if (blocks > 1) {
        struct gpu_ref partials = arena_alloc(&c->arena, blocks * 4 * LEX_FN_WORDS);
        struct fn_reduce_push rp = {fns, table, partials.addr, 0, n, 0, 0};
        vk_rec_dispatch(&c->rec, PHASE, "lex_scan_reduce", &rp, sizeof rp, blocks);
        scan_fns(c, table, partials.addr, (uint32_t)blocks);
        ap.partials = partials.addr;
        ap.has_partials = 1;
    }
    vk_rec_dispatch(&c->rec, PHASE, "lex_scan_apply", &ap, sizeof ap, blocks);
}

/* The lexer's working arrays, n words each unless noted. */
struct lex_bufs {
    struct gpu_ref table, xid, states /* n bytes */, starts, lexeme_start, lexeme_kind, keep;
    struct gpu_ref tok_kind, tok_start, tok_end, kind_tmp, end_tmp, kind2, start2, end2;
    struct gpu_ref ovr /* n / 4 words */, work;
};

/* The DFA state after every byte and where lexemes start; the first sink
 * entry past `after` goes to counts[SLOT_SINK]. */
#define SLOT_SINK 10
static void record_states(struct compile *c, const struct lex_bufs *b, int has_ovr, uint32_t after)
{
    uint32_t n = c->n;
    struct vk_rec *rec = &c->rec;
    uint64_t blocks = groups_for(n, LEX_BLOCK);
    vk_rec_fill(rec, c->counts.buf, c->counts.off + SLOT_SINK * 4, 4, LEX_SINK_NONE);
    struct states_push sp = {c->src_buf.addr, b->table.addr, 0, b->states.addr, b->starts.addr,
                             b->ovr.addr, c->counts.addr + SLOT_SINK * 4, n, 0, (uint32_t)has_ovr, after};
    if (blocks > 1) {
        struct gpu_ref partials = arena_alloc(&c->arena, blocks * 4 * LEX_FN_WORDS);
        struct fn_reduce_push rp = {c->src_buf.addr, b->table.addr, partials.addr, b->ovr.addr, n, 1,
                                    (uint32_t)has_ovr};
        vk_rec_dispatch(rec, PHASE, "lex_scan_reduce", &rp, sizeof rp, blocks);
        scan_fns(c, b->table.addr, partials.addr, (uint32_t)blocks);
        sp.partials = partials.addr;
        sp.has_partials = 1;
    }
    vk_rec_dispatch(rec, PHASE, "lex_states", &sp, sizeof sp, blocks);
}

/* Lexemes from the states: classified, trivia dropped, floats joined. */
static void record_tokens(struct compile *c, const struct lex_bufs *b)
{
    uint32_t n = c->n;
    struct vk_rec *rec = &c->rec;
    struct gpu_arena *a = &c->arena;
    prim_scan_add(rec, a, PHASE, b->starts.addr, b->starts.addr, n, 1, 0);
    struct lexemes_push lp = {b->starts.addr, b->lexeme_start.addr, n};
    vk_rec_dispatch(rec, PHASE, "lex_lexemes", &lp, sizeof lp, groups_for(n, ELEMENTWISE_GROUP));
    vk_rec_fill(rec, b->keep.buf, b->keep.off, (VkDeviceSize)n * 4, 0);
    struct classify_push cp = {c->src_buf.addr, b->table.addr, b->states.addr, b->starts.addr,
                               b->lexeme_start.addr, b->lexeme_kind.addr, b->keep.addr, c->diags.addr,
                               c->line_start.addr, c->counts.addr, b->xid.addr, n, c->strict_literals};
    vk_rec_dispatch(rec, PHASE, "lex_classify", &cp, sizeof cp, groups_for(n, ELEMENTWISE_GROUP));
    struct escapes_push ep = {c->src_buf.addr, b->states.addr, b->starts.addr, b->lexeme_start.addr,
                              b->lexeme_kind.addr, c->diags.addr, n};
    vk_rec_dispatch(rec, PHASE, "lex_escapes", &ep, sizeof ep, groups_for(n, ELEMENTWISE_GROUP));
    prim_scan_add(rec, a, PHASE, b->keep.addr, b->keep.addr, n, 1, c->counts.addr);
    struct compact_push kp = {b->starts.addr, b->lexeme_start.addr, b->lexeme_kind.addr, b->keep.addr,
                              b->tok_kind.addr, b->tok_start.addr, b->tok_end.addr, n};
    vk_rec_dispatch(rec, PHASE, "lex_compact", &kp, sizeof kp, groups_for(n, ELEMENTWISE_GROUP));

    /* Floats span several DFA lexemes: join them, then compact again. */
    vk_rec_fill(rec, b->keep.buf, b->keep.off, (VkDeviceSize)n * 4, 0);
    struct floats_push fl = {c->src_buf.addr, b->tok_kind.addr, b->tok_start.addr, b->tok_end.addr,
                             b->keep.addr, c->counts.addr, b->kind_tmp.addr, b->end_tmp.addr,
                             c->line_start.addr, n};
    vk_rec_dispatch(rec, PHASE, "lex_floats", &fl, sizeof fl, groups_for(n, ELEMENTWISE_GROUP));
    prim_scan_add(rec, a, PHASE, b->keep.addr, b->keep.addr, n, 1, c->counts.addr + 12);
    struct refill_push rf = {b->keep.addr, b->kind_tmp.addr, b->tok_start.addr, b->end_tmp.addr,
                             b->kind2.addr, b->start2.addr, b->end2.addr, c->counts.addr};
    vk_rec_dispatch(rec, PHASE, "lex_refill", &rf, sizeof rf, groups_for(n, ELEMENTWISE_GROUP));
}

static int submit_and_read_counts(struct compile *c, uint32_t *counts, size_t size)
{
    return arena_failed(c) || compile_submit(c) ||
                   vk_buf_download(c->vk, c->counts.buf, c->counts.off, counts, size, c->err, sizeof c->err)
               ? -1
               : 0;
}

int lex_phase(struct compile *c)
{
    uint32_t n = c->n;
    struct gpu_arena *a = &c->arena;
    struct lex_bufs b = {0};
    b.table = arena_alloc(a, sizeof lex_table);
    b.xid = arena_alloc(a, sizeof xid_table);
    b.states = arena_alloc(a, (VkDeviceSize)n + 4);
    struct gpu_ref *words[] = {&b.starts, &b.lexeme_start, &b.lexeme_kind, &b.keep, &b.tok_kind, &b.tok_start,
                               &b.tok_end, &b.kind_tmp, &b.end_tmp, &b.kind2, &b.start2, &b.end2};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        *words[i] = arena_alloc(a, (VkDeviceSize)n * 4 + 8);
    if (arena_failed(c))
        return -1;
    if (vk_buf_upload(c->vk, b.table.buf, b.table.off, lex_table, sizeof lex_table, c->err, sizeof c->err) ||
        vk_buf_upload(c->vk, b.xid.buf, b.xid.off, xid_table, sizeof xid_table, c->err, sizeof c->err))
        return -1;

    struct vk_rec *rec = &c->rec;
    vk_rec_fill(rec, c->counts.buf, c->counts.off, 64, 0);
    /* Line-start table first: diagnostics and panic locations map bytes to
     * line:col, and a shebang line ends at the first newline. */
    struct gpu_ref line_flags = arena_alloc(a, (VkDeviceSize)n * 4 + 4);
    c->line_start = arena_alloc(a, (VkDeviceSize)n * 4 + 8);
    if (arena_failed(c))
        return -1;
    if (n > 0) {
        struct lines_push fp = {c->src_buf.addr, line_flags.addr, c->counts.addr, n};
        vk_rec_dispatch(rec, PHASE, "lex_line_flags", &fp, sizeof fp, groups_for(n, ELEMENTWISE_GROUP));
        prim_scan_add(rec, a, PHASE, line_flags.addr, line_flags.addr, n, 1, c->counts.addr + 4);
        struct lines_push lp2 = {c->src_buf.addr, line_flags.addr, c->line_start.addr, n};
        vk_rec_dispatch(rec, PHASE, "lex_line_starts", &lp2, sizeof lp2, groups_for(n, ELEMENTWISE_GROUP));
    } else {
        vk_rec_fill(rec, c->line_start.buf, c->line_start.off, 4, 0);
    }
    uint32_t counts[SLOT_SINK + 1];
    int has_ovr = 0, tokens_recorded = 0;
    /* The tokens are recorded with the first scan, for the common case where
     * no construct outgrows the DFA, and otherwise after the last scan. */
    for (uint32_t after = 0;;) {
        if (n > 0) {
            record_states(c, &b, has_ovr, after);
            tokens_recorded = !has_ovr;
            if (tokens_recorded)
                record_tokens(c, &b);
        }
        if (submit_and_read_counts(c, counts, sizeof counts))
            return -1;
        uint32_t end = LEX_SINK_NONE, entry = counts[SLOT_SINK];
        if (n > 0 && entry != LEX_SINK_NONE) {
            /* A construct deeper than the DFA counts: find its end */
            if (!b.ovr.addr) {
                b.ovr = arena_alloc(a, (VkDeviceSize)n + 8);
                b.work = arena_alloc(a, (VkDeviceSize)n * 4 + 4);
                if (arena_failed(c))
                    return -1;
                vk_rec_fill(rec, b.ovr.buf, b.ovr.off, ((VkDeviceSize)n + 8) & ~(VkDeviceSize)3, 0);
            }
            if (lex_sink_end(c, b.states.addr, b.work, entry >> 1, (int)(entry & 1), after, &end))
                return -1;
        }
        if (end == LEX_SINK_NONE) { /* done, or unterminated: the tokens say which */
            if (!tokens_recorded) {
                record_tokens(c, &b);
                if (submit_and_read_counts(c, counts, sizeof counts))
                    return -1;
            }
            break;
        }
        /* mark it, and scan again with the diagnostics so far dropped */
        uint32_t cls = (entry & 1) ? LEX_C_END_RAW_CLASS : LEX_C_END_COMMENT_CLASS;
        vk_rec_fill(rec, b.ovr.buf, b.ovr.off + (end & ~3u), 4, 4u | (end & 3u) | cls << 8);
        vk_rec_fill(rec, c->diags.buf, c->diags.off, 16, 0);
        has_ovr = 1;
        after = end;
    }
    c->tok_kind = b.kind2;
    c->tok_start = b.start2;
    c->tok_end = b.end2;
    c->ntok = n > 0 ? counts[3] : 0;
    c->nlines = counts[1] + 1;
    if (counts[5] != 0) /* not UTF-8: rustc reads no further, so neither do we */
        return diag_report_one(c, DIAG_INVALID_UTF8, n - counts[5], n - counts[5] + 1, c->src[n - counts[5]]);
    return diag_flush(c);
}
