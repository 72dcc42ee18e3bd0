/* Rendering the diagnostics that shaders recorded, as rustc prints them. */
#include "compile.h"
#include "llp_diag.h"
#include "common/diag_codes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct diag_rec {
    uint32_t code, start, end, arg;
};

static int by_position(const void *a, const void *b)
{
    const struct diag_rec *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->code < y->code ? -1 : x->code > y->code;
}

/* Line (0-based) containing byte `pos`: binary search of the GPU-made table. */
static uint32_t line_of(const uint32_t *starts, uint32_t nlines, uint32_t pos)
{
    uint32_t lo = 0, hi = nlines;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (starts[mid] <= pos)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* Columns count characters, not bytes, as rustc's do. */
static uint32_t chars_between(const uint8_t *s, uint32_t from, uint32_t to)
{
    uint32_t n = 0;
    for (uint32_t i = from; i < to; i++)
        n += (s[i] & 0xC0) != 0x80;
    return n;
}

static void text_of(const struct compile *c, uint32_t start, uint32_t end, char *buf, size_t len)
{
    if (end > c->n)
        end = c->n;
    if (start >= end) {
        snprintf(buf, len, "<eof>");
        return;
    }
    size_t k = end - start < len - 1 ? end - start : len - 1;
    memcpy(buf, c->src + start, k);
    buf[k] = 0;
}

/* End of the token starting at `pos`: enough to name it in a message. */
static uint32_t token_end_at(const struct compile *c, uint32_t pos)
{
    uint32_t e = pos;
    while (e < c->n && (c->src[e] == '_' || c->src[e] >= 0x80 || (c->src[e] >= '0' && c->src[e] <= '9') ||
                        ((c->src[e] | 32) >= 'a' && (c->src[e] | 32) <= 'z')))
        e++;
    return e > pos ? e : (pos < c->n ? pos + 1 : pos);
}

static const char *describe_found(const struct compile *c, uint32_t start, uint32_t end, char *buf, size_t len)
{
    char t[160];
    if (start >= c->n) {
        snprintf(buf, len, "<eof>");
        return buf;
    }
    text_of(c, start, end, t, sizeof t);
    const char *kw[] = {"as", "break", "const", "continue", "else", "false", "fn", "for", "if", "in", "let",
                        "loop", "mut", "return", "true", "while", "match", "struct", "impl", "static"};
    for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++)
        if (strcmp(t, kw[i]) == 0) {
            snprintf(buf, len, "keyword `%s`", t);
            return buf;
        }
    snprintf(buf, len, "`%s`", t);
    return buf;
}

static void render(const struct compile *c, const uint32_t *starts, const char *code, const char *msg,
                   uint32_t start, uint32_t end, const char *label)
{
    if (start > c->n)
        start = c->n;
    if (end < start)
        end = start;
    /* rustc places end of file on the last line: a final newline starts no line. */
    uint32_t at = (start == c->n && start > 0 && c->src[start - 1] == '\n') ? start - 1 : start;
    uint32_t line = line_of(starts, c->nlines, at);
    uint32_t ls = starts[line];
    uint32_t le = ls;
    while (le < c->n && c->src[le] != '\n')
        le++;
    uint32_t col = chars_between(c->src, ls, start) + 1;
    if (start == c->n && at != start)
        col = chars_between(c->src, ls, at) + 2;
    char num[16];
    int w = snprintf(num, sizeof num, "%u", line + 1);
    if (code && *code)
        fprintf(stderr, "error[%s]: %s\n", code, msg);
    else
        fprintf(stderr, "error: %s\n", msg);
    fprintf(stderr, "%*s--> %s:%u:%u\n", w, "", c->path, line + 1, col);
    fprintf(stderr, "%*s |\n", w, "");
    fprintf(stderr, "%s | %.*s\n", num, (int)(le - ls), (const char *)c->src + ls);
    uint32_t span_end = end < le ? end : le;
    uint32_t width = chars_between(c->src, start, span_end);
    if (width == 0)
        width = 1;
    fprintf(stderr, "%*s | %*s", w, "", (int)(col - 1), "");
    for (uint32_t i = 0; i < width; i++)
        fputc('^', stderr);
    if (label && *label)
        fprintf(stderr, " %s", label);
    fprintf(stderr, "\n\n");
}

static const char *type_names[] = {"?", "i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64",
                                   "usize", "bool", "()", "!", "integer", "str"};

static const char *type_name(uint32_t t)
{
    return t < sizeof type_names / sizeof type_names[0] ? type_names[t] : "?";
}

/* rustc quotes concrete types but not an unsettled integer literal's. */
static const char *type_quoted(uint32_t t, char *buf, size_t len)
{
    if (t == 14)
        snprintf(buf, len, "integer");
    else
        snprintf(buf, len, "`%s`", type_name(t));
    return buf;
}

/* A type in an operator message: rustc writes an unsettled literal's as `{integer}`. */
static const char *op_type(uint32_t t, char *buf, size_t len)
{
    snprintf(buf, len, "`%s`", t == 14 ? "{integer}" : type_name(t));
    return buf;
}

/* rustc's message for an operator whose operand types it has no impl for:
 * `op` is the operator's text (`+`, `<<`, or `+=` when assign). */
static void operator_message(char *msg, size_t len, const char *op, uint32_t lt, uint32_t rt, int assign)
{
    char l[32], r[32];
    op_type(lt, l, sizeof l);
    op_type(rt, r, sizeof r);
    size_t n = strlen(op);
    int plain = n == 1 || (assign && n == 2);
    switch (plain ? op[0] : 0) {
    case '+': snprintf(msg, len, "cannot add%s %s to %s", assign ? "-assign" : "", r, l); return;
    case '-': snprintf(msg, len, "cannot subtract%s %s from %s", assign ? "-assign" : "", r, l); return;
    case '*': snprintf(msg, len, "cannot multiply%s %s by %s", assign ? "-assign" : "", l, r); return;
    case '/': snprintf(msg, len, "cannot divide%s %s by %s", assign ? "-assign" : "", l, r); return;
    case '%':
        snprintf(msg, len, assign ? "cannot calculate and assign the remainder of %s divided by %s"
                                  : "cannot calculate the remainder of %s divided by %s", l, r);
        return;
    default:
        snprintf(msg, len, "no implementation for `%.*s %s %.*s`", (int)strlen(l) - 2, l + 1, op,
                 (int)strlen(r) - 2, r + 1);
    }
}

/* The compound-assignment operator (`+=`, `<<=`) at byte `pos`. */
static const char *compound_op(const struct compile *c, uint32_t pos)
{
    static char op[4];
    size_t n = 0;
    while (n < 3 && pos + n < c->n && strchr("+-*/%&|^<>=", c->src[pos + n]) && c->src[pos + n]) {
        op[n] = (char)c->src[pos + n];
        n++;
        if (op[n - 1] == '=')
            break;
    }
    op[n] = 0;
    return op;
}

/* The crate name rustc derives from the input path: its file stem. */
static void crate_name(const char *path, char *out, size_t len, int with_ext)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t stem = dot && !with_ext ? (size_t)(dot - base) : strlen(base);
    snprintf(out, len, "%.*s", (int)stem, base);
}

int diag_report_one(struct compile *c, uint32_t code, uint32_t start, uint32_t end, uint32_t arg)
{
    uint32_t head[4] = {1, 0, 0, 0};
    struct diag_rec r = {code, start, end, arg};
    if (vk_buf_upload(c->vk, c->diags.buf, c->diags.off, head, sizeof head, c->err, sizeof c->err) ||
        vk_buf_upload(c->vk, c->diags.buf, c->diags.off + 16, &r, sizeof r, c->err, sizeof c->err))
        return -1;
    return diag_flush(c);
}

int diag_flush(struct compile *c)
{
    uint32_t count;
    if (vk_buf_download(c->vk, c->diags.buf, c->diags.off, &count, 4, c->err, sizeof c->err))
        return -1;
    if (count == 0)
        return 0;
    if (count > 4096)
        count = 4096;
    struct diag_rec *d = malloc(count * sizeof *d);
    uint32_t *starts = malloc(((size_t)c->nlines + 1) * 4);
    if (!d || !starts ||
        vk_buf_download(c->vk, c->diags.buf, c->diags.off + 16, d, count * sizeof *d, c->err, sizeof c->err) ||
        vk_buf_download(c->vk, c->line_start.buf, c->line_start.off, starts, (size_t)c->nlines * 4, c->err,
                        sizeof c->err)) {
        free(d);
        free(starts);
        return -1;
    }
    qsort(d, count, sizeof *d, by_position);
    /* A construct refused as not supported yet is the reason a compile
     * stops: errors that follow from it (types of an `if let`, say) are
     * not rustc's and would mislead, so only the refusals are shown. */
    uint32_t kept = 0;
    for (uint32_t i = 0; i < count; i++)
        if (d[i].code == DIAG_UNSUPPORTED || d[i].code == DIAG_UNSUPPORTED_TOKEN || d[i].code == DIAG_FORMAT_TOO_LONG)
            d[kept++] = d[i];
    if (kept > 0)
        count = kept;
    /* Like rustc, stop at the first syntax error; report every semantic one. */
    int shown = 0;
    const char *codes[8];
    int ncodes = 0;
    for (uint32_t i = 0; i < count; i++) {
        char msg[512], label[256] = "", found[200], text[160], t1[32], t2[32];
        const char *code = "";
        struct diag_rec *r = &d[i];
        if (i > 0 && r->start == d[i - 1].start && r->code == d[i - 1].code)
            continue;
        text_of(c, r->start, r->end, text, sizeof text);
        switch (r->code) {
        case DIAG_UNKNOWN_CHAR:
            /* rustc spells non-ASCII and control characters as escapes */
            if (r->arg >= 0x80 || r->arg < 0x20 || r->arg == 0x7f)
                snprintf(msg, sizeof msg, "unknown start of token: \\u{%x}", r->arg);
            else
                snprintf(msg, sizeof msg, "unknown start of token: %s", text);
            break;
        case DIAG_EMPTY_CHAR:
            snprintf(msg, sizeof msg, "empty character literal");
            snprintf(label, sizeof label, "empty character literal");
            break;
        case DIAG_UNKNOWN_ESCAPE:
            snprintf(msg, sizeof msg, "unknown character escape: `%c`", (char)r->arg);
            snprintf(label, sizeof label, "unknown character escape");
            break;
        case DIAG_INVALID_SUFFIX: {
            uint32_t at = r->arg & 0x7fffffffu;
            char suffix[64];
            text_of(c, at, r->end, suffix, sizeof suffix);
            snprintf(msg, sizeof msg, "invalid suffix `%s` for %s literal", suffix,
                     (r->arg & 0x80000000u) ? "float" : "number");
            snprintf(label, sizeof label, "invalid suffix `%s`", suffix);
            break;
        }
        case DIAG_INVALID_WIDTH: {
            char width[64];
            text_of(c, r->arg, r->end, width, sizeof width);
            snprintf(msg, sizeof msg, "invalid width `%s` for integer literal", width);
            break;
        }
        case DIAG_INVALID_DIGIT:
            snprintf(msg, sizeof msg, "invalid digit for a base %u literal", r->arg);
            break;
        case DIAG_RAW_TOO_MANY_HASHES:
            snprintf(msg, sizeof msg,
                     "too many `#` symbols: raw strings may be delimited by up to 255 `#` symbols, but found %u",
                     r->arg);
            break;
        case DIAG_NON_ASCII_BYTE:
            snprintf(msg, sizeof msg, "non-ASCII character in byte literal");
            break;
        case DIAG_HEX_RANGE:
            snprintf(msg, sizeof msg, "out of range hex escape");
            snprintf(label, sizeof label, "must be a character in the range [\\x00-\\x7f]");
            break;
        case DIAG_UNICODE_IN_BYTES:
            snprintf(msg, sizeof msg, "unicode escape in byte string");
            break;
        case DIAG_BAD_UNICODE:
            if (r->arg)
                snprintf(msg, sizeof msg, "invalid start of unicode escape: `%c`", (char)r->arg);
            else
                snprintf(msg, sizeof msg, "invalid unicode character escape");
            break;
        case DIAG_BAD_RAW_IDENT:
            snprintf(msg, sizeof msg, "`%s` cannot be a raw identifier", text + 2);
            break;
        case DIAG_NO_DIGITS:
            snprintf(msg, sizeof msg, "no valid digits found for number");
            break;
        case DIAG_BARE_CR:
            snprintf(msg, sizeof msg, "bare CR not allowed in string, use \\r instead");
            break;
        case DIAG_UNTERMINATED_STRING:
            code = "E0765";
            snprintf(msg, sizeof msg, "unterminated double quote string");
            break;
        case DIAG_UNTERMINATED_COMMENT:
            code = "E0758";
            snprintf(msg, sizeof msg, "unterminated block comment");
            break;
        case DIAG_UNTERMINATED_RAW:
            code = "E0748";
            snprintf(msg, sizeof msg, "unterminated raw string");
            snprintf(label, sizeof label, "unterminated raw string");
            break;
        case DIAG_RAW_PREFIX: {
            char bad[16];
            text_of(c, r->arg, r->end, bad, sizeof bad);
            snprintf(msg, sizeof msg, "found invalid character; only `#` is allowed in raw string delimitation: %s", bad);
            break;
        }
        case DIAG_UNTERMINATED_CHAR:
            code = "E0762";
            snprintf(msg, sizeof msg, "unterminated character literal");
            break;
        case DIAG_NO_EXPONENT_DIGITS:
            snprintf(msg, sizeof msg, "expected at least one digit in exponent");
            break;
        case DIAG_FORMAT_TOO_LONG:
            snprintf(msg, sizeof msg, "rustg-vk does not support format strings longer than %d bytes yet",
                     FORMAT_MAX_BYTES);
            break;
        case DIAG_UNSUPPORTED_TOKEN:
        case DIAG_UNSUPPORTED:
            snprintf(msg, sizeof msg, "rustg-vk does not support this construct yet: `%s`", text);
            break;
        case DIAG_UNCLOSED_DELIM:
            snprintf(msg, sizeof msg, "this file contains an unclosed delimiter");
            snprintf(label, sizeof label, "unclosed delimiter");
            break;
        case DIAG_UNEXPECTED_CLOSE:
            snprintf(msg, sizeof msg, "unexpected closing delimiter: `%s`", text);
            snprintf(label, sizeof label, "unexpected closing delimiter");
            break;
        case DIAG_MISMATCHED_CLOSE:
            snprintf(msg, sizeof msg, "mismatched closing delimiter: `%c`", r->arg < c->n ? c->src[r->arg] : '?');
            snprintf(label, sizeof label, "unclosed delimiter");
            break;
        case DIAG_EXPECTED_SEMI:
            snprintf(msg, sizeof msg, "expected `;`, found %s",
                     describe_found(c, r->arg, token_end_at(c, r->arg), found, sizeof found));
            snprintf(label, sizeof label, "help: add `;` here");
            break;
        case DIAG_EXPECTED_EXPR:
            snprintf(msg, sizeof msg, "expected expression, found %s",
                     describe_found(c, r->start, r->end, found, sizeof found));
            snprintf(label, sizeof label, "expected expression");
            break;
        case DIAG_EXPECTED_ITEM:
            snprintf(msg, sizeof msg, "expected item, found %s", describe_found(c, r->start, r->end, found, sizeof found));
            snprintf(label, sizeof label, "expected item");
            break;
        case DIAG_EXPECTED_IDENT:
            snprintf(msg, sizeof msg, "expected identifier, found %s",
                     describe_found(c, r->start, r->end, found, sizeof found));
            snprintf(label, sizeof label, "expected identifier");
            break;
        case DIAG_EXPECTED_PATTERN:
            snprintf(msg, sizeof msg, "expected pattern, found %s", describe_found(c, r->start, r->end, found, sizeof found));
            snprintf(label, sizeof label, "expected pattern");
            break;
        case DIAG_UNEXPECTED_TOKEN:
            snprintf(msg, sizeof msg, "unexpected token: %s", describe_found(c, r->start, r->end, found, sizeof found));
            break;
        case DIAG_LLP_UNEXPECTED:
        case DIAG_LLP_EXPECTED: {
            char want[280];
            llp_expected_message(r->code, r->arg, r->arg >> 16, want, sizeof want);
            if (r->start == c->n)
                snprintf(msg, sizeof msg, "%s, found `<eof>`", want);
            else
                snprintf(msg, sizeof msg, "%s, found %s", want, describe_found(c, r->start, r->end, found, sizeof found));
            break;
        }
        case DIAG_UNRESOLVED_NAME:
            code = "E0425";
            snprintf(msg, sizeof msg, "cannot find value `%s` in this scope", text);
            snprintf(label, sizeof label, "not found in this scope");
            break;
        case DIAG_UNRESOLVED_FN:
            code = "E0425";
            snprintf(msg, sizeof msg, "cannot find function `%s` in this scope", text);
            snprintf(label, sizeof label, "not found in this scope");
            break;
        case DIAG_ARG_COUNT: {
            uint32_t want = r->arg >> 16, got = r->arg & 0xffff;
            code = "E0061";
            snprintf(msg, sizeof msg, "this function takes %u argument%s but %u argument%s supplied", want,
                     want == 1 ? "" : "s", got, got == 1 ? " was" : "s were");
            break;
        }
        case DIAG_ASSIGN_IMMUTABLE:
            code = "E0384";
            text_of(c, r->arg, token_end_at(c, r->arg), text, sizeof text);
            snprintf(msg, sizeof msg, "cannot assign twice to immutable variable `%s`", text);
            snprintf(label, sizeof label, "cannot assign twice to immutable variable");
            break;
        case DIAG_MISMATCHED_TYPES:
            code = "E0308";
            snprintf(msg, sizeof msg, "mismatched types");
            snprintf(label, sizeof label, "expected %s, found %s", type_quoted(r->arg >> 16, t1, sizeof t1),
                     type_quoted(r->arg & 0xffff, t2, sizeof t2));
            break;
        case DIAG_IF_ELSE_TYPES:
            code = "E0308";
            snprintf(msg, sizeof msg, "`if` and `else` have incompatible types");
            snprintf(label, sizeof label, "expected %s, found %s", type_quoted(r->arg >> 16, t1, sizeof t1),
                     type_quoted(r->arg & 0xffff, t2, sizeof t2));
            break;
        case DIAG_UNKNOWN_TYPE:
            code = "E0412";
            snprintf(msg, sizeof msg, "cannot find type `%s` in this scope", text);
            snprintf(label, sizeof label, "not found in this scope");
            break;
        case DIAG_INT_TOO_LARGE:
            snprintf(msg, sizeof msg, "integer literal is too large");
            break;
        case DIAG_NO_MAIN: {
            char crate[128], file[128];
            crate_name(c->path, crate, sizeof crate, 0);
            crate_name(c->path, file, sizeof file, 1);
            code = "E0601";
            snprintf(msg, sizeof msg, "`main` function not found in crate `%s`", crate);
            snprintf(label, sizeof label, "consider adding a `main` function to `%s`", file);
            break;
        }
        case DIAG_UNCONDITIONAL_PANIC: {
            static const char *const why[] = {"attempt to divide `_` by zero",
                                              "attempt to calculate the remainder of `_` with a divisor of zero",
                                              "attempt to compute `_ / -1`, which would overflow",
                                              "attempt to compute `_ % -1`, which would overflow"};
            snprintf(msg, sizeof msg, "this operation will panic at runtime");
            snprintf(label, sizeof label, "%s", why[r->arg & 3]);
            break;
        }
        case DIAG_ARITH_OVERFLOW:
            snprintf(msg, sizeof msg, "this arithmetic operation will overflow");
            snprintf(label, sizeof label, "attempt to compute `%s`, which would overflow", text);
            break;
        case DIAG_NEG_UNSIGNED: {
            char op = (r->arg & 0x100) ? '!' : '-';
            code = "E0600";
            snprintf(msg, sizeof msg, "cannot apply unary operator `%c` to type `%s`", op, type_name(r->arg & 0xff));
            snprintf(label, sizeof label, "cannot apply unary operator `%c`", op);
            break;
        }
        case DIAG_NEG_TRAIT:
            code = "E0277";
            snprintf(msg, sizeof msg, "the trait bound `%s: Neg` is not satisfied", type_name(r->arg));
            snprintf(label, sizeof label, "the trait `Neg` is not implemented for `%s`", type_name(r->arg));
            break;
        case DIAG_LITERAL_OUT_OF_RANGE:
            snprintf(msg, sizeof msg, "literal out of range for `%s`", type_name(r->arg));
            break;
        case DIAG_BINOP_TYPES:
        case DIAG_BINOP_RHS:
        case DIAG_COMPOUND_RHS:
            code = r->code == DIAG_BINOP_TYPES ? "E0369" : "E0277";
            operator_message(msg, sizeof msg, r->code == DIAG_COMPOUND_RHS ? compound_op(c, r->start) : text,
                             r->arg >> 16, r->arg & 0xffff, r->code == DIAG_COMPOUND_RHS);
            break;
        case DIAG_COMPOUND_LHS: {
            char op[8];
            snprintf(op, sizeof op, "%s", compound_op(c, r->start + (r->arg & 0xffff)));
            code = "E0368";
            snprintf(msg, sizeof msg, "binary assignment operation `%s` cannot be applied to type `%s`", op,
                     type_name(r->arg >> 16));
            break;
        }
        case DIAG_UNINITIALIZED:
            code = "E0381";
            snprintf(msg, sizeof msg, "used binding `%s` %s", text, r->arg ? "is possibly-uninitialized" : "isn't initialized");
            snprintf(label, sizeof label, "`%s` used here but it %s", text, r->arg ? "is possibly-uninitialized" : "isn't initialized");
            break;
        case DIAG_TYPE_ANNOTATIONS:
            code = "E0282";
            snprintf(msg, sizeof msg, "type annotations needed");
            break;
        case DIAG_INVALID_UTF8:
            snprintf(msg, sizeof msg, "couldn't read `%s`: stream did not contain valid UTF-8", c->path);
            snprintf(label, sizeof label, "byte `%u` is not valid utf-8", r->arg);
            break;
        case DIAG_LET_EXPRESSION:
            snprintf(msg, sizeof msg, "expected expression, found `let` statement");
            break;
        case DIAG_BREAK_OUTSIDE_LOOP:
            code = "E0268";
            snprintf(msg, sizeof msg, "`break` outside of a loop or labeled block");
            snprintf(label, sizeof label, "cannot `break` outside of a loop or labeled block");
            break;
        case DIAG_CONTINUE_OUTSIDE_LOOP:
            code = "E0268";
            snprintf(msg, sizeof msg, "`continue` outside of a loop");
            snprintf(label, sizeof label, "cannot `continue` outside of a loop");
            break;
        case DIAG_CHAINED_COMPARISON:
            snprintf(msg, sizeof msg, "comparison operators cannot be chained");
            break;
        case DIAG_PARAM_TWICE:
            code = "E0415";
            snprintf(msg, sizeof msg, "identifier `%s` is bound more than once in this parameter list", text);
            snprintf(label, sizeof label, "used as parameter more than once");
            break;
        case DIAG_NON_PRIMITIVE_CAST:
            code = "E0605";
            snprintf(msg, sizeof msg, "non-primitive cast: `%s` as `%s`", type_name(r->arg >> 16),
                     type_name(r->arg & 0xffff));
            break;
        case DIAG_CAST_TO_BOOL:
            code = "E0054";
            snprintf(msg, sizeof msg, "cannot cast `%s` as `bool`", type_name(r->arg));
            break;
        case DIAG_FMT_EXPECTED_CLOSE:
            snprintf(msg, sizeof msg, "invalid format string: expected `}`, found `%s`", text);
            snprintf(label, sizeof label, "expected `}` in format string");
            break;
        case DIAG_FMT_UNTERMINATED:
            snprintf(msg, sizeof msg, "invalid format string: expected `}` but string was terminated");
            snprintf(label, sizeof label, "expected `}` in format string");
            break;
        case DIAG_FMT_UNMATCHED_CLOSE:
            snprintf(msg, sizeof msg, "invalid format string: unmatched `}` found");
            snprintf(label, sizeof label, "unmatched `}` in format string");
            break;
        case DIAG_FMT_UNKNOWN_TRAIT:
            snprintf(msg, sizeof msg, "unknown format trait `%s`", text);
            break;
        case DIAG_FMT_WIDTH_RANGE:
            snprintf(msg, sizeof msg,
                     "invalid format string: integer `%s` does not fit into the type `u16` whose range is `0..=65535`",
                     text);
            snprintf(label, sizeof label, "integer out of range for `u16` in format string");
            break;
        case DIAG_FMT_ARG_COUNT: {
            uint32_t n = r->arg >> 16, m = r->arg & 0xffff;
            char given[64];
            if (m == 0)
                snprintf(given, sizeof given, "no arguments were given");
            else
                snprintf(given, sizeof given, "there %s %u argument%s", m == 1 ? "is" : "are", m, m == 1 ? "" : "s");
            snprintf(msg, sizeof msg, "%u positional argument%s in format string, but %s", n, n == 1 ? "" : "s", given);
            break;
        }
        case DIAG_FMT_BAD_INDEX: {
            uint32_t n = r->arg >> 16, m = r->arg & 0xffff;
            if (m == 0)
                snprintf(msg, sizeof msg, "invalid reference to positional argument %u (no arguments were given)", n);
            else
                snprintf(msg, sizeof msg, "invalid reference to positional argument %u (there %s %u argument%s)", n,
                         m == 1 ? "is" : "are", m, m == 1 ? "" : "s");
            break;
        }
        case DIAG_FMT_UNUSED:
            snprintf(msg, sizeof msg, r->arg > 1 ? "multiple unused formatting arguments" : "argument never used");
            snprintf(label, sizeof label, "argument never used");
            break;
        case DIAG_FMT_TRAIT_BOUND: {
            static const char *traits[] = {"Display", "Debug", "LowerHex", "UpperHex", "Octal", "Binary"};
            uint32_t tr = r->arg >> 16, ty = r->arg & 0xffff;
            const char *trait = tr < sizeof traits / sizeof traits[0] ? traits[tr] : "?";
            code = "E0277";
            snprintf(msg, sizeof msg, "the trait bound `%s: %s` is not satisfied", type_name(ty), trait);
            snprintf(label, sizeof label, "the trait `%s` is not implemented for `%s`", trait, type_name(ty));
            break;
        }
        case DIAG_FMT_NOT_DISPLAY:
            code = "E0277";
            snprintf(msg, sizeof msg, "`%s` doesn't implement `std::fmt::Display`", type_name(r->arg));
            snprintf(label, sizeof label, "`%s` cannot be formatted with the default formatter", type_name(r->arg));
            break;
        case DIAG_FMT_NOT_LITERAL:
            snprintf(msg, sizeof msg, "format argument must be a string literal");
            break;
        case DIAG_FMT_NO_ARGS:
            snprintf(msg, sizeof msg, "requires at least a format string argument");
            break;
        case DIAG_UNDECLARED_TYPE:
            code = "E0433";
            snprintf(msg, sizeof msg, "cannot find type `%s` in this scope", text);
            snprintf(label, sizeof label, "use of undeclared type `%s`", text);
            break;
        case DIAG_UNDECLARED_MODULE:
            code = "E0433";
            snprintf(msg, sizeof msg, "cannot find module or crate `%s` in this scope", text);
            snprintf(label, sizeof label, "use of unresolved module or unlinked crate `%s`", text);
            break;
        case DIAG_DUPLICATE_ITEM: {
            char name[128];
            text_of(c, r->arg, token_end_at(c, r->arg), name, sizeof name);
            code = "E0428";
            snprintf(msg, sizeof msg, "the name `%s` is defined multiple times", name);
            snprintf(label, sizeof label, "`%s` redefined here", name);
            break;
        }
        default:
            snprintf(msg, sizeof msg, "internal diagnostic %u", r->code);
            break;
        }
        if (r->code == DIAG_NO_MAIN && c->n == 0) {
            /* nothing to point at: rustc prints only the note */
            fprintf(stderr, "error[%s]: %s\n  |\n  = note: %s\n\n", code, msg, label);
        } else if (r->code == DIAG_NO_MAIN && c->ntok == 0) {
            /* only comments and whitespace: rustc points at the end of the file */
            render(c, starts, code, msg, c->n, c->n, label);
        } else {
            render(c, starts, code, msg, r->start, r->end, label);
        }
        shown++;
        if (*code && ncodes < 8) {
            int seen = 0;
            for (int k = 0; k < ncodes; k++)
                seen |= strcmp(codes[k], code) == 0;
            if (!seen)
                codes[ncodes++] = code;
        }
        if (r->code < DIAG_UNRESOLVED_NAME || r->code == DIAG_LLP_UNEXPECTED || r->code == DIAG_LLP_EXPECTED)
            break; /* syntax errors: the first one only */
    }
    if (shown > 1)
        fprintf(stderr, "error: aborting due to %d previous errors\n\n", shown);
    else
        fprintf(stderr, "error: aborting due to 1 previous error\n\n");
    if (ncodes == 1)
        fprintf(stderr, "For more information about this error, try `rustc --explain %s`.\n", codes[0]);
    else if (ncodes > 1) {
        fprintf(stderr, "Some errors have detailed explanations:");
        for (int k = 0; k < ncodes; k++)
            fprintf(stderr, " %s%s", codes[k], k + 1 < ncodes ? "," : ".");
        fprintf(stderr, "\nFor more information about an error, try `rustc --explain %s`.\n", codes[0]);
    }
    free(d);
    free(starts);
    return 1;
}
