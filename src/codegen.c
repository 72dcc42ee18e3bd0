/* Lowering the typed AST to x86-64 machine code on the GPU.
 *
 * IR ("ir" phase, shaders/ir/): the Euler tour of the AST. Every node v has
 * an ENTER event at 2*pre(v) - depth(v), every non-root node an AFTER event,
 * owned by its parent, at ENTER(v) + 2*size(v) - 1: 2N - 1 events in
 * execution order. Scans give each BINDING its frame slot (its rank within
 * its fn) and each node its fn. Names and types come from sema (A_DECL,
 * A_TYPE, and fmt_args for inline `{name}` format arguments).
 *
 * Codegen ("codegen" phase, shaders/codegen/x86_64/): stack-machine code,
 * where every expression pushes one 8-byte value normalised to its type and
 * variables live at [rbp - 8*(slot+1)]. x86_select measures each event (code
 * bytes, static stack change, relocations, string-pool bytes); exclusive
 * scans give code offsets, static stack depths (break/continue restore rsp
 * to their loop's), relocation indices and pool offsets; x86_encode writes
 * the bytes (jumps target other events' offsets), the Elf64_Rela records
 * and the format strings' literal pieces (the pool, after all code).
 *
 * The host only allocates, dispatches, and reads three counters and the two
 * result buffers back. */
#include "compile.h"
#include "prim.h"
#include "common/ast.h"
#include "emit/elf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Must match the push block in shaders/lib/codegen.glsl. */
struct cg_push {
    VkDeviceAddress ast, tok_kind, tok_start, tok_end, src, line_start;
    VkDeviceAddress nodes, events, text, rela, counts, fmt_args;
    uint32_t nnodes, stride, ntok, nlines, nevents, flags, pad0, pad1;
};
_Static_assert(sizeof(struct cg_push) == 128, "push constants");

enum { N_BS, N_FS, N_FNODE, N_COUNT };
enum { E_NODE, E_LEN, E_DELTA, E_NREL, E_POOL, E_COUNT };
enum { C_CODE, C_DELTA, C_NREL, C_POOL, C_MAIN, C_WORDS = 16 };


int codegen_phase(struct compile *c)
{
    if (!c->sema_done) {
        snprintf(c->err, sizeof c->err, "codegen needs the types and names sema fills in");
        return -1;
    }
    struct gpu_arena *a = &c->arena;
    struct vk_rec *rec = &c->rec;
    uint32_t nn = c->nnodes, ne = 2 * nn - 1;
    uint32_t ns = nn + 1, es = ne + 1;
    struct gpu_ref nodes = arena_alloc(a, (VkDeviceSize)N_COUNT * ns * 4);
    struct gpu_ref events = arena_alloc(a, (VkDeviceSize)E_COUNT * es * 4);
    struct gpu_ref counts = arena_alloc(a, C_WORDS * 4);
    if (arena_failed(c))
        return -1;
    struct cg_push p = {c->ast.addr, c->tok_kind.addr, c->tok_start.addr, c->tok_end.addr, c->src_buf.addr,
                        c->line_start.addr, nodes.addr, events.addr, 0, 0, counts.addr,
                        c->fmt_args.addr,
                        nn, c->ast_stride, c->ntok, c->nlines, ne, 0, 0, 0};
    VkDeviceAddress nf = nodes.addr, ef = events.addr;
    vk_rec_fill(rec, counts.buf, counts.off, C_WORDS * 4, 0);
    vk_rec_fill(rec, events.buf, events.off, (VkDeviceSize)E_COUNT * es * 4, 0);

    vk_rec_dispatch(rec, "ir", "ir_events", &p, sizeof p, groups_for(ns, ELEMENTWISE_GROUP));
    prim_scan_add(rec, a, "ir", nf + (VkDeviceSize)N_BS * ns * 4, nf + (VkDeviceSize)N_BS * ns * 4, ns, 0, 0);
    prim_scan_add(rec, a, "ir", nf + (VkDeviceSize)N_FS * ns * 4, nf + (VkDeviceSize)N_FS * ns * 4, nn, 1, 0);
    vk_rec_dispatch(rec, "ir", "ir_fns", &p, sizeof p, groups_for(nn, ELEMENTWISE_GROUP));

    vk_rec_dispatch(rec, "codegen", "x86_select", &p, sizeof p, groups_for(ne, ELEMENTWISE_GROUP));
    static const int scanned[4] = {E_LEN, E_DELTA, E_NREL, E_POOL};
    static const int total[4] = {C_CODE, C_DELTA, C_NREL, C_POOL};
    for (int i = 0; i < 4; i++) {
        VkDeviceAddress f = ef + (VkDeviceSize)scanned[i] * es * 4;
        prim_scan_add(rec, a, "layout", f, f, ne, 0, counts.addr + total[i] * 4);
    }
    if (arena_failed(c) || compile_submit(c))
        return -1;
    uint32_t cnt[C_WORDS];
    if (vk_buf_download(c->vk, counts.buf, counts.off, cnt, sizeof cnt, c->err, sizeof c->err))
        return -1;

    c->cg_text_size = cnt[C_CODE] + cnt[C_POOL];
    c->cg_nrel = cnt[C_NREL];
    c->cg_text = arena_alloc(a, ((VkDeviceSize)c->cg_text_size + 8) & ~(VkDeviceSize)3);
    c->cg_rela = arena_alloc(a, (VkDeviceSize)c->cg_nrel * ELF_RELA_SIZE + 8);
    if (arena_failed(c))
        return -1;
    vk_rec_fill(rec, c->cg_text.buf, c->cg_text.off, c->cg_text.size, 0);
    p.text = c->cg_text.addr;
    p.rela = c->cg_rela.addr;
    p.flags |= 1u;
    vk_rec_dispatch(rec, "codegen", "x86_encode", &p, sizeof p, groups_for(ne, ELEMENTWISE_GROUP));
    if (compile_submit(c))
        return -1;
    if (vk_buf_download(c->vk, counts.buf, counts.off + C_MAIN * 4, &c->cg_main, 4, c->err, sizeof c->err))
        return -1;
    return 0;
}

int emit_object(struct compile *c, struct elf_object *obj, uint8_t **text, uint8_t **rela)
{
    *text = malloc(c->cg_text_size + 1);
    *rela = malloc((size_t)c->cg_nrel * ELF_RELA_SIZE + 1);
    if (!*text || !*rela) {
        snprintf(c->err, sizeof c->err, "out of memory");
        return -1;
    }
    if (vk_buf_download(c->vk, c->cg_text.buf, c->cg_text.off, *text, c->cg_text_size, c->err, sizeof c->err) ||
        (c->cg_nrel && vk_buf_download(c->vk, c->cg_rela.buf, c->cg_rela.off, *rela,
                                       (VkDeviceSize)c->cg_nrel * ELF_RELA_SIZE, c->err, sizeof c->err)))
        return -1;
    memset(obj, 0, sizeof *obj);
    obj->machine = ELF_MACHINE_X86_64;
    obj->text = *text;
    obj->text_size = c->cg_text_size;
    obj->rela_text = *rela;
    obj->rela_count = c->cg_nrel;
    obj->main_offset = c->cg_main;
    obj->source_path = c->path;
    return 0;
}
