/* Stable text dumps of GPU phase results (--emit=tokens, --emit=ast): debug
 * output for tests, written from arrays read back once. */
#include "compile.h"
#include "common/tokens.h"
#include "common/ast.h"

#include "prim.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Name of token kind k as the dump prints it; Kw( and Punct( wrap the token's
 * own text (*wrap set). */
static const char *kind_name(uint32_t k, int *wrap)
{
    *wrap = 0;
    switch (k) {
    case TK_IDENT: return "Ident";
    case TK_INT: return "Int";
    case TK_STRING: return "Str";
    case TK_CHAR: return "Char";
    case TK_LIFETIME: return "Lifetime";
    case TK_RAW_IDENT: return "RawIdent";
    case TK_FLOAT: return "Float";
    case TK_BYTE: return "Byte";
    case TK_BYTE_STRING: return "ByteStr";
    case TK_C_STRING: return "CStr";
    case TK_RAW_STRING: return "RawStr";
    case TK_RAW_BYTE_STRING: return "RawByteStr";
    case TK_RAW_C_STRING: return "RawCStr";
    case TK_DOC_OUTER: return "DocOuter";
    case TK_DOC_INNER: return "DocInner";
    default: break;
    }
    *wrap = 1;
    if (k >= TK_KW_FIRST && k <= TK_KW_LAST)
        return "Kw(";
    if (k >= TK_PUNCT_FIRST && k <= TK_PUNCT_LAST)
        return "Punct(";
    *wrap = 0;
    return "Invalid";
}

#define DUMP_KINDS 256
#define DUMP_NAME_BYTES 1024

struct dump_push {
    VkDeviceAddress src, tok_kind, tok_start, tok_end, names, offs, out_buf;
    uint32_t n;
};

/* --emit=tokens: the GPU lays the text out (shaders/dump/); the host writes
 * the buffer it made. */
int dump_tokens(struct compile *c, FILE *out)
{
    uint32_t n = c->ntok;
    /* A word per token kind (offset | length << 16 | wrap << 31), then the
     * names' characters: a fixed table, built once. */
    static uint32_t names[DUMP_KINDS + DUMP_NAME_BYTES / 4];
    memset(names, 0, sizeof names);
    char *chars = (char *)&names[DUMP_KINDS];
    uint32_t used = 0;
    for (uint32_t k = 0; k < DUMP_KINDS; k++) {
        int wrap;
        const char *name = kind_name(k, &wrap);
        uint32_t len = (uint32_t)strlen(name), at = used;
        for (uint32_t j = 0; j < used; j++) /* share identical names */
            if (strncmp(chars + j, name, len) == 0 && j + len <= used) {
                at = j;
                break;
            }
        if (at == used) {
            memcpy(chars + used, name, len);
            used += len;
        }
        names[k] = at | len << 16 | (uint32_t)wrap << 31;
    }
    struct gpu_arena *a = &c->arena;
    struct gpu_ref names_buf = arena_alloc(a, sizeof names);
    struct gpu_ref offs = arena_alloc(a, (VkDeviceSize)n * 4 + 8);
    if (a->failed) {
        snprintf(c->err, sizeof c->err, "%s", a->err);
        return -1;
    }
    if (vk_buf_upload(c->vk, names_buf.buf, names_buf.off, names, sizeof names, c->err, sizeof c->err))
        return -1;
    struct dump_push p = {c->src_buf.addr, c->tok_kind.addr, c->tok_start.addr, c->tok_end.addr,
                          names_buf.addr, offs.addr, 0, n};
    vk_rec_fill(&c->rec, c->counts.buf, c->counts.off + 32, 4, 0);
    vk_rec_dispatch(&c->rec, "dump", "dump_tokens_size", &p, sizeof p, groups_for(n, ELEMENTWISE_GROUP));
    prim_scan_add(&c->rec, a, "dump", offs.addr, offs.addr, n, 0, c->counts.addr + 32);
    uint32_t total = 0;
    if (compile_submit(c) ||
        vk_buf_download(c->vk, c->counts.buf, c->counts.off + 32, &total, 4, c->err, sizeof c->err))
        return -1;
    struct gpu_ref text = arena_alloc(a, (VkDeviceSize)total + 8);
    if (a->failed) {
        snprintf(c->err, sizeof c->err, "%s", a->err);
        return -1;
    }
    p.out_buf = text.addr;
    vk_rec_fill(&c->rec, text.buf, text.off, (VkDeviceSize)total + 8, 0);
    vk_rec_dispatch(&c->rec, "dump", "dump_tokens_write", &p, sizeof p, groups_for(n, ELEMENTWISE_GROUP));
    if (compile_submit(c))
        return -1;
    char *bytes = malloc((size_t)total + 1);
    if (!bytes) {
        snprintf(c->err, sizeof c->err, "out of memory for the token dump");
        return -1;
    }
    int rc = vk_buf_download(c->vk, text.buf, text.off, bytes, total, c->err, sizeof c->err);
    if (rc == 0 && fwrite(bytes, 1, total, out) != total) {
        snprintf(c->err, sizeof c->err, "couldn't write the token dump");
        rc = -1;
    }
    free(bytes);
    return rc;
}

static const char *const ast_names[AST_KIND_COUNT] = {
    "Error", "Root", "Fn", "FnSig", "FnRet", "Param", "FnName", "Block", "Let", "LetInit", "Ascribe",
    "Mut", "Binding", "If", "While", "Loop", "For", "ForIn", "Break", "Continue", "Return", "Assign",
    "Compound", "Binary", "Range", "Unary", "Cast", "Call", "Macro", "Paren", "Unit", "Tuple", "Path",
    "Name", "Type", "Callee", "MacroName", "Assoc", "Int", "Bool", "Str"};

int dump_ast(struct compile *c, FILE *out)
{
    size_t n = c->nnodes, stride = c->ast_stride;
    size_t nfields = c->sema_done ? A_TYPE + 1 : A_FIELDS_PARSE; /* sema ran: show types */
    uint32_t *ast = malloc(nfields * stride * 4);
    uint32_t *start = malloc((size_t)c->ntok * 4 + 4), *end = malloc((size_t)c->ntok * 4 + 4);
    int rc = -1;
    if (!ast || !start || !end)
        goto out;
    if (vk_buf_download(c->vk, c->ast.buf, c->ast.off, ast, nfields * stride * 4, c->err,
                        sizeof c->err) ||
        vk_buf_download(c->vk, c->tok_start.buf, c->tok_start.off, start, (size_t)c->ntok * 4, c->err, sizeof c->err) ||
        vk_buf_download(c->vk, c->tok_end.buf, c->tok_end.off, end, (size_t)c->ntok * 4, c->err, sizeof c->err))
        goto out;
    for (size_t p = 0; p < n; p++) {
        uint32_t kind = ast[A_KIND * stride + p], tok = ast[A_TOK * stride + p];
        uint32_t depth = ast[A_DEPTH * stride + p];
        fprintf(out, "%*s%s", (int)(2 * depth), "", kind < AST_KIND_COUNT ? ast_names[kind] : "?");
        if (tok < c->ntok)
            fprintf(out, " %.*s", (int)(end[tok] - start[tok]), (const char *)c->src + start[tok]);
        static const char *const ty[] = {"?", "i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64",
                                         "usize", "bool", "()", "!", "{integer}", "&str"};
        uint32_t t = c->sema_done ? ast[A_TYPE * stride + p] : 0;
        fprintf(out, "%s%s%s\n", ast[A_SEMI * stride + p] ? " ;" : "", t ? " : " : "",
                t ? (t < sizeof ty / sizeof ty[0] ? ty[t] : "?") : "");
    }
    rc = 0;
out:
    free(ast);
    free(start);
    free(end);
    return rc;
}
