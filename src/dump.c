/* Stable text dumps of GPU phase results (--emit=tokens, cst, ast, typed-ast): debug
 * output for tests, written from arrays read back once. */
#include "compile.h"
#include "common/tokens.h"
#include "common/ast.h"
#include "common/llp_fields.h"
#include "common/tree_fields.h"
#include "generated/llp_tables.h"

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

#define DUMP_NAMES 1024 /* DUMP_NAME_COUNT in shaders/lib/dump.glsl */
#define DUMP_NAME_BYTES 16384

/* A name table for the dump shaders (shaders/lib/dump.glsl): DUMP_NAMES words
 * (offset | length << 16 | wrap << 31), then the characters. Built once from a
 * fixed list of names. */
struct name_table {
    uint32_t words[DUMP_NAMES + DUMP_NAME_BYTES / 4];
    uint32_t used;
};

static void name_set(struct name_table *t, uint32_t index, const char *name, int wrap)
{
    char *chars = (char *)&t->words[DUMP_NAMES];
    uint32_t len = (uint32_t)strlen(name), at = t->used;
    if (t->used + len > DUMP_NAME_BYTES)
        return;
    memcpy(chars + t->used, name, len);
    t->used += len;
    t->words[index] = at | len << 16 | (uint32_t)wrap << 31;
}

struct dump_copy_push {
    VkDeviceAddress src, copies, text;
    uint32_t n, nchunks;
};

/* The push constants a dump's size and write passes share: where gpu_text
 * puts its buffers' addresses. */
struct text_slots {
    VkDeviceAddress *names, *offs, *text, *copies;
};

/* Measure each element's line, scan the lengths into offsets, write the lines
 * on the GPU (long texts by a chunked copy pass, shaders/lib/dump.glsl), then
 * write the buffer out. */
static int gpu_text(struct compile *c, FILE *out, const struct name_table *names, const char *size_pass,
                    const char *write_pass, void *push, uint32_t push_size, struct text_slots slots, uint32_t n)
{
    struct gpu_arena *a = &c->arena;
    struct gpu_ref names_buf = arena_alloc(a, sizeof names->words);
    struct gpu_ref offs_buf = arena_alloc(a, (VkDeviceSize)n * 4 + 8);
    struct gpu_ref copies = arena_alloc(a, ((VkDeviceSize)n + 1) * 16);
    if (arena_failed(c))
        return -1;
    if (vk_buf_upload(c->vk, names_buf.buf, names_buf.off, names->words, sizeof names->words, c->err, sizeof c->err))
        return -1;
    *slots.names = names_buf.addr;
    *slots.offs = offs_buf.addr;
    *slots.text = 0;
    *slots.copies = copies.addr;
    vk_rec_fill(&c->rec, c->counts.buf, c->counts.off + 32, 8, 0);
    vk_rec_dispatch(&c->rec, "dump", size_pass, push, push_size, groups_for(n, ELEMENTWISE_GROUP));
    prim_scan_add(&c->rec, a, "dump", offs_buf.addr, offs_buf.addr, n, 0, c->counts.addr + 32);
    prim_scan_add(&c->rec, a, "dump", copies.addr, copies.addr, n, 0, c->counts.addr + 36);
    uint32_t totals[2] = {0, 0}; /* bytes, chunks */
    if (compile_submit(c) ||
        vk_buf_download(c->vk, c->counts.buf, c->counts.off + 32, totals, sizeof totals, c->err, sizeof c->err))
        return -1;
    uint32_t total = totals[0];
    struct gpu_ref text = arena_alloc(a, (VkDeviceSize)total + 8);
    if (arena_failed(c))
        return -1;
    *slots.text = text.addr;
    vk_rec_fill(&c->rec, text.buf, text.off, (VkDeviceSize)total + 8, 0);
    vk_rec_dispatch(&c->rec, "dump", write_pass, push, push_size, groups_for(n, ELEMENTWISE_GROUP));
    struct dump_copy_push cp = {c->src_buf.addr, copies.addr, text.addr, n, totals[1]};
    if (totals[1] > 0)
        vk_rec_dispatch(&c->rec, "dump", "dump_copy", &cp, sizeof cp, groups_for(totals[1], ELEMENTWISE_GROUP));
    if (compile_submit(c))
        return -1;
    char *bytes = malloc((size_t)total + 1);
    if (!bytes) {
        snprintf(c->err, sizeof c->err, "out of memory for the dump");
        return -1;
    }
    int rc = vk_buf_download(c->vk, text.buf, text.off, bytes, total, c->err, sizeof c->err);
    if (rc == 0 && fwrite(bytes, 1, total, out) != total) {
        snprintf(c->err, sizeof c->err, "couldn't write the dump");
        rc = -1;
    }
    free(bytes);
    return rc;
}

struct dump_tokens_push {
    VkDeviceAddress src, tok_kind, tok_start, tok_end, names, offs, text, copies;
    uint32_t n;
};

/* --emit=tokens: `START..END KIND TEXT` per token, laid out on the GPU. */
int dump_tokens(struct compile *c, FILE *out)
{
    static struct name_table names;
    memset(&names, 0, sizeof names);
    for (uint32_t k = 0; k < DUMP_NAMES; k++) {
        int wrap;
        const char *name = kind_name(k, &wrap);
        name_set(&names, k, name, wrap);
    }
    struct dump_tokens_push p = {c->src_buf.addr, c->tok_kind.addr, c->tok_start.addr, c->tok_end.addr, 0, 0, 0,
                                 0, c->ntok};
    struct text_slots slots = {&p.names, &p.offs, &p.text, &p.copies};
    return gpu_text(c, out, &names, "dump_tokens_size", "dump_tokens_write", &p, sizeof p, slots, c->ntok);
}

static const char *const ast_names[AST_KIND_COUNT] = {
    "Error", "Root", "Fn", "FnSig", "FnRet", "Param", "FnName", "Block", "Let", "LetInit", "Ascribe",
    "Mut", "Binding", "If", "While", "Loop", "For", "ForIn", "Break", "Continue", "Return", "Assign",
    "Compound", "Binary", "Range", "Unary", "Cast", "Call", "Macro", "Paren", "Unit", "Tuple", "Path",
    "Name", "Type", "Callee", "MacroName", "Assoc", "Int", "Bool", "Str", "Label", "LabelRef", "Const", "ConstName"};

static const char *const type_names[] = {"?", "i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64",
                                         "usize", "bool", "()", "!", "{integer}", "&str"};

struct dump_ast_push {
    VkDeviceAddress src, tok_start, tok_end, names, offs, text, copies, ast;
    uint32_t n, stride, ntok, types;
};

/* --emit=typed-ast: the Tier 0 tree in preorder, indented by depth, with each node's token,
 * ` ;` for statements and ` : TYPE` once sema has run; laid out on the GPU. */
int dump_typed_ast(struct compile *c, FILE *out)
{
    static struct name_table names;
    memset(&names, 0, sizeof names);
    for (uint32_t k = 0; k < AST_KIND_COUNT; k++)
        name_set(&names, k, ast_names[k], 0);
    for (uint32_t k = 0; k < sizeof type_names / sizeof type_names[0]; k++)
        name_set(&names, 64 + k, type_names[k], 0);
    struct dump_ast_push p = {c->src_buf.addr, c->tok_start.addr, c->tok_end.addr, 0, 0, 0, 0, c->ast.addr,
                              c->nnodes, c->ast_stride, c->ntok, c->sema_done ? 1u : 0u};
    struct text_slots slots = {&p.names, &p.offs, &p.text, &p.copies};
    return gpu_text(c, out, &names, "dump_ast_size", "dump_ast_write", &p, sizeof p, slots, c->nnodes);
}

struct dump_cst_push {
    VkDeviceAddress src, tok_start, tok_end, names, offs, text, copies, tf, nd, tables, counts;
    uint32_t total, ts, ns, ntok, val;
};

/* --emit=cst: the LLP parser's tree (shaders/lib/dump_cst.glsl): kept nodes
 * by their grammar tags, names and literals by their text, indented by depth. */
int dump_cst(struct compile *c, FILE *out)
{
    static struct name_table names;
    memset(&names, 0, sizeof names);
    for (uint32_t k = 0; k < LLP_NPRODS && k < DUMP_NAMES; k++)
        name_set(&names, k, llp_prod_tag[k], 0);
    struct dump_cst_push p = {c->src_buf.addr, c->tok_start.addr, c->tok_end.addr, 0, 0, 0, 0,
                              c->llp_tf.addr, c->llp_nd.addr, c->llp_tables.addr, c->counts.addr,
                              c->llp_nnodes + c->llp_nterms, c->llp_tstride, c->llp_nnodes + 1, c->ntok,
                              c->llp_val_field};
    struct text_slots slots = {&p.names, &p.offs, &p.text, &p.copies};
    return gpu_text(c, out, &names, "dump_cst_size", "dump_cst_write", &p, sizeof p, slots, p.total);
}

struct dump_tree_push {
    VkDeviceAddress src, tok_start, tok_end, names, offs, text, copies, tf, tree;
    uint32_t total, ts, es, spans;
};

/* --emit=ast: the syntax tree (shaders/lib/dump_tree.glsl): nodes by their
 * grammar tags, names and literals by their text, indented by depth.
 * --emit=ast-spans adds each node's byte range (tools/parse-corpus/shape.py
 * compares it with syn's). */
static int dump_tree_as(struct compile *c, FILE *out, uint32_t spans)
{
    static struct name_table names;
    memset(&names, 0, sizeof names);
    for (uint32_t k = 0; k < LLP_NPRODS && k < DUMP_NAMES; k++)
        name_set(&names, k, llp_prod_tag[k], 0);
    struct dump_tree_push p = {c->src_buf.addr, c->tok_start.addr, c->tok_end.addr, 0, 0, 0, 0, c->llp_tf.addr,
                               c->tree.addr, c->tree_n, c->llp_tstride, c->tree_stride, spans};
    struct text_slots slots = {&p.names, &p.offs, &p.text, &p.copies};
    return gpu_text(c, out, &names, "dump_tree_size", "dump_tree_write", &p, sizeof p, slots, p.total);
}

int dump_tree(struct compile *c, FILE *out) { return dump_tree_as(c, out, 0); }
int dump_tree_spans(struct compile *c, FILE *out) { return dump_tree_as(c, out, 1); }
