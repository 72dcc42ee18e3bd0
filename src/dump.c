/* Stable text dumps of GPU phase results (--emit=tokens, --emit=ast): debug
 * output for tests, written from arrays read back once. */
#include "compile.h"
#include "common/tokens.h"
#include "common/ast.h"
#include "generated/lex_tables.h"

#include <stdio.h>
#include <stdlib.h>

static const char *kind_name(uint32_t k, char *buf, size_t len)
{
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
    if (k >= TK_KW_FIRST && k <= TK_KW_LAST)
        snprintf(buf, len, "Kw(%s)", keyword_text[k - TK_KW_FIRST]);
    else if (k >= TK_PUNCT_FIRST && k <= TK_PUNCT_LAST)
        snprintf(buf, len, "Punct(%s)", punct_text[k - TK_PUNCT_FIRST]);
    else
        snprintf(buf, len, "Invalid");
    return buf;
}

int dump_tokens(struct compile *c, FILE *out)
{
    size_t n = c->ntok;
    uint32_t *kind = malloc(n * 4 + 4), *start = malloc(n * 4 + 4), *end = malloc(n * 4 + 4);
    int rc = -1;
    if (!kind || !start || !end)
        goto out;
    if (vk_buf_download(c->vk, c->tok_kind.buf, c->tok_kind.off, kind, n * 4, c->err, sizeof c->err) ||
        vk_buf_download(c->vk, c->tok_start.buf, c->tok_start.off, start, n * 4, c->err, sizeof c->err) ||
        vk_buf_download(c->vk, c->tok_end.buf, c->tok_end.off, end, n * 4, c->err, sizeof c->err))
        goto out;
    for (size_t i = 0; i < n; i++) {
        char buf[64];
        fprintf(out, "%u..%u %s %.*s\n", start[i], end[i], kind_name(kind[i], buf, sizeof buf),
                (int)(end[i] - start[i]), (const char *)c->src + start[i]);
    }
    rc = 0;
out:
    free(kind);
    free(start);
    free(end);
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
