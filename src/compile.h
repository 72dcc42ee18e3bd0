/* State of one compile: the source, the GPU arrays each phase leaves for the
 * next (structure of arrays, indexed by element id), and timing. */
#ifndef RUSTG_COMPILE_H
#define RUSTG_COMPILE_H

#include "arena.h"
#include "vk/dispatch.h"

#include <stdint.h>
#include <stdio.h>

#define MAX_PHASES 16

struct compile {
    struct vk_context *vk;
    struct vk_rec rec;
    struct gpu_arena arena;
    const char *path;               /* as given on the command line: diagnostics and panics name it */
    const uint8_t *src;
    uint32_t n;                     /* source bytes */
    uint32_t strict_literals;       /* check literal suffixes (compiling; not for token dumps) */
    uint32_t edition;               /* --edition: 2015 (rustc's default), 2018, 2021, 2024 */

    struct gpu_ref src_buf;         /* source, padded to words */
    struct gpu_ref diags;           /* diagnostic records (shaders/lib/diag.glsl) */
    struct gpu_ref counts;          /* small counters read back a few times per compile */
    struct gpu_ref line_start;      /* first byte of every line */
    uint32_t nlines;

    /* lexer */
    uint32_t ntok;
    struct gpu_ref tok_kind, tok_start, tok_end;

    /* the Tier 0 tree in preorder (src/common/ast.h), lowered from the
     * syntax tree (src/lower.c) */
    struct gpu_ref ast;
    uint32_t ast_stride, nnodes;

    /* LLP parser (src/llp.c, llp_fields.h): per-terminal fields, nodes of
     * the derivation in preorder, the generated tables on the GPU */
    struct gpu_ref llp_tf, llp_nd, llp_tables;
    uint32_t llp_tstride, llp_nterms, llp_nnodes, llp_val_field;
    /* the syntax tree folded from it (src/tree.c, tree_fields.h) */
    struct gpu_ref tree;
    uint32_t tree_n, tree_stride;

    /* codegen (src/codegen.c): .text (code, then the string pool) and its
     * Elf64_Rela records, GPU-made; the offset of rv_main in .text */
    struct gpu_ref cg_text, cg_rela;
    uint32_t cg_text_size, cg_nrel, cg_main;

    /* host timing per phase */
    const char *phase_name[MAX_PHASES];
    double phase_host_ms[MAX_PHASES];
    int nphases;

    char err[512];
    int error_format;               /* enum error_format (driver.h): how diag.c renders */
    unsigned json;                  /* --json=... flags, JSON_* (driver.h) */

    /* sema (src/sema.c): A_TYPE and A_DECL of the AST are filled once
     * sema_done is set. fmt_args: for a format-string STR node p (the string
     * argument of println!/print!/eprintln!/eprint!/panic!/format!/assert!...),
     * words p*8 .. p*8+7 hold the declaring BINDING of its inline `{name}` /
     * `{name:spec}` arguments, in order of appearance (positional `{}` and
     * `{0}` are not counted); AST_NONE_INDEX where unused. */
    struct gpu_ref fmt_args;
    int sema_done;
};

/* Each phase records its passes, submits, and checks for diagnostics.
 * Returns 0, 1 when the source has errors (already printed), -1 on failure (c->err). */
int lex_phase(struct compile *c);
int lower_phase(struct compile *c);
int sema_phase(struct compile *c);
int llp_phase(struct compile *c);
int tree_phase(struct compile *c);

/* Reads back the diagnostics buffer; prints them and returns 1 if any. */
int diag_flush(struct compile *c);
/* Reports one diagnostic the host found (from a count the GPU produced). */
int diag_report_one(struct compile *c, uint32_t code, uint32_t start, uint32_t end, uint32_t arg);

/* After arena allocations: 1 (with c->err set) if the device ran out of memory. */
static inline int arena_failed(struct compile *c)
{
    if (!c->arena.failed)
        return 0;
    snprintf(c->err, sizeof c->err, "%s", c->arena.err);
    return 1;
}

/* Submit what the phase recorded; 0 or -1 with c->err. */
int compile_submit(struct compile *c);

#endif
