/* State of one compile: the source, the GPU arrays each phase leaves for the
 * next (structure of arrays, indexed by element id), and timing. */
#ifndef RUSTG_COMPILE_H
#define RUSTG_COMPILE_H

#include "arena.h"
#include "vk/dispatch.h"

#include <stdint.h>

#define MAX_PHASES 16

struct compile {
    struct vk_context *vk;
    struct vk_rec rec;
    struct gpu_arena arena;
    const char *path;               /* as given on the command line: diagnostics and panics name it */
    const uint8_t *src;
    uint32_t n;                     /* source bytes */

    struct gpu_ref src_buf;         /* source, padded to words */
    struct gpu_ref diags;           /* diagnostic records (shaders/lib/diag.glsl) */
    struct gpu_ref counts;          /* small counters read back a few times per compile */
    struct gpu_ref line_start;      /* first byte of every line */
    uint32_t nlines;

    /* lexer */
    uint32_t ntok;
    struct gpu_ref tok_kind, tok_start, tok_end;

    /* parser: the AST in preorder (src/common/ast.h), and the per-token
     * parser arrays it was built from (brackets' partners, subtree extents) */
    struct gpu_ref ast;
    uint32_t ast_stride, nnodes;
    struct gpu_ref parse_fields;
    uint32_t parse_stride;
    int lo_field;

    /* host timing per phase */
    const char *phase_name[MAX_PHASES];
    double phase_host_ms[MAX_PHASES];
    int nphases;

    char err[512];
};

/* Each phase records its passes, submits, and checks for diagnostics.
 * Returns 0, 1 when the source has errors (already printed), -1 on failure (c->err). */
int lex_phase(struct compile *c);
int parse_phase(struct compile *c);

/* Reads back the diagnostics buffer; prints them and returns 1 if any. */
int diag_flush(struct compile *c);

/* Submit what the phase recorded; 0 or -1 with c->err. */
int compile_submit(struct compile *c);

#endif
