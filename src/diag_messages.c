/* A diagnostic record in rustc's words: message, label, and the notes and
 * helps rustc attaches, from the record's code, span and argument. */
#include "diag.h"
#include "llp_diag.h"
#include "common/diag_codes.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

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

/* A note or help of rustc's with no span; JSON shows it, human output only when `shown`. */
static void child(struct diag_msg *m, const char *level, int shown, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void child(struct diag_msg *m, const char *level, int shown, const char *fmt, ...)
{
    if (m->nchildren >= DIAG_MAX_CHILDREN)
        return;
    struct diag_child *k = &m->child[m->nchildren++];
    memset(k, 0, sizeof *k);
    k->level = level;
    k->shown = shown;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(k->text, sizeof k->text, fmt, ap);
    va_end(ap);
}

/* rustc's "add `;` here" at byte `at`: shown inline as the label, a child
 * with the replacement in JSON. */
static void add_semi_help(struct diag_msg *m, uint32_t at)
{
    snprintf(m->label, sizeof m->label, "help: add `;` here");
    m->label_is_help = 1;
    child(m, "help", 0, "add `;` here");
    struct diag_child *k = &m->child[m->nchildren - 1];
    k->has_span = 1;
    k->start = k->end = at;
    k->replacement = ";";
}

void diag_message(const struct compile *c, const struct diag_rec *r, struct diag_msg *m)
{
    char found[200], text[160], t1[32], t2[32];
    memset(m, 0, sizeof *m);
    m->code = "";
    m->start = r->start;
    m->end = r->end;
    text_of(c, r->start, r->end, text, sizeof text);
    /* rustc points at a position, an empty span, where these records cover
     * a byte (the human rendering draws one caret either way) */
    if (r->code == DIAG_FMT_EXPECTED_CLOSE || r->code == DIAG_FMT_UNTERMINATED || r->code == DIAG_INVALID_UTF8 ||
        r->code == DIAG_EMPTY_CHAR || r->code == DIAG_UNTERMINATED_RAW)
        m->end = m->start;
    switch (r->code) {
    case DIAG_UNKNOWN_CHAR:
        /* rustc spells non-ASCII and control characters as escapes */
        if (r->arg >= 0x80 || r->arg < 0x20 || r->arg == 0x7f)
            snprintf(m->msg, sizeof m->msg, "unknown start of token: \\u{%x}", r->arg);
        else
            snprintf(m->msg, sizeof m->msg, "unknown start of token: %s", text);
        break;
    case DIAG_EMPTY_CHAR:
        snprintf(m->msg, sizeof m->msg, "empty character literal");
        snprintf(m->label, sizeof m->label, "empty character literal");
        break;
    case DIAG_UNKNOWN_ESCAPE:
        snprintf(m->msg, sizeof m->msg, "unknown character escape: `%c`", (char)r->arg);
        snprintf(m->label, sizeof m->label, "unknown character escape");
        break;
    case DIAG_INVALID_SUFFIX: {
        uint32_t at = r->arg & 0x7fffffffu;
        char suffix[64];
        text_of(c, at, r->end, suffix, sizeof suffix);
        snprintf(m->msg, sizeof m->msg, "invalid suffix `%s` for %s literal", suffix,
                 (r->arg & 0x80000000u) ? "float" : "number");
        if (r->arg & 0x80000000u)
            child(m, "help", 0, "valid suffixes are `f32` and `f64`");
        snprintf(m->label, sizeof m->label, "invalid suffix `%s`", suffix);
        break;
    }
    case DIAG_INVALID_WIDTH: {
        char width[64];
        text_of(c, r->arg, r->end, width, sizeof width);
        snprintf(m->msg, sizeof m->msg, "invalid width `%s` for integer literal", width);
        child(m, "help", 0, "valid widths are 8, 16, 32, 64 and 128");
        break;
    }
    case DIAG_INVALID_DIGIT:
        snprintf(m->msg, sizeof m->msg, "invalid digit for a base %u literal", r->arg);
        break;
    case DIAG_RAW_TOO_MANY_HASHES:
        snprintf(m->msg, sizeof m->msg,
                 "too many `#` symbols: raw strings may be delimited by up to 255 `#` symbols, but found %u",
                 r->arg);
        break;
    case DIAG_NON_ASCII_BYTE:
        snprintf(m->msg, sizeof m->msg, "non-ASCII character in byte literal");
        break;
    case DIAG_HEX_RANGE:
        snprintf(m->msg, sizeof m->msg, "out of range hex escape");
        snprintf(m->label, sizeof m->label, "must be a character in the range [\\x00-\\x7f]");
        break;
    case DIAG_UNICODE_IN_BYTES:
        snprintf(m->msg, sizeof m->msg, "unicode escape in byte string");
        break;
    case DIAG_BAD_UNICODE:
        if (r->arg)
            snprintf(m->msg, sizeof m->msg, "invalid start of unicode escape: `%c`", (char)r->arg);
        else
            snprintf(m->msg, sizeof m->msg, "invalid unicode character escape");
        break;
    case DIAG_BAD_RAW_IDENT:
        snprintf(m->msg, sizeof m->msg, "`%s` cannot be a raw identifier", text + 2);
        break;
    case DIAG_NO_DIGITS:
        snprintf(m->msg, sizeof m->msg, "no valid digits found for number");
        break;
    case DIAG_BARE_CR:
        snprintf(m->msg, sizeof m->msg, "bare CR not allowed in string, use \\r instead");
        break;
    case DIAG_UNTERMINATED_STRING:
        m->code = "E0765";
        snprintf(m->msg, sizeof m->msg, "unterminated double quote string");
        break;
    case DIAG_UNTERMINATED_COMMENT:
        m->code = "E0758";
        snprintf(m->msg, sizeof m->msg, "unterminated block comment");
        break;
    case DIAG_UNTERMINATED_RAW:
        m->code = "E0748";
        snprintf(m->msg, sizeof m->msg, "unterminated raw string");
        snprintf(m->label, sizeof m->label, "unterminated raw string");
        break;
    case DIAG_RAW_PREFIX: {
        char bad[16];
        text_of(c, r->arg, r->end, bad, sizeof bad);
        snprintf(m->msg, sizeof m->msg, "found invalid character; only `#` is allowed in raw string delimitation: %s", bad);
        break;
    }
    case DIAG_UNTERMINATED_CHAR:
        m->code = "E0762";
        snprintf(m->msg, sizeof m->msg, "unterminated character literal");
        break;
    case DIAG_NO_EXPONENT_DIGITS:
        snprintf(m->msg, sizeof m->msg, "expected at least one digit in exponent");
        break;
    case DIAG_FORMAT_TOO_LONG:
        snprintf(m->msg, sizeof m->msg, "rustg-vk does not support format strings longer than %d bytes yet",
                 FORMAT_MAX_BYTES);
        break;
    case DIAG_UNSUPPORTED_TOKEN:
    case DIAG_UNSUPPORTED:
        snprintf(m->msg, sizeof m->msg, "rustg-vk does not support this construct yet: `%s`", text);
        break;
    case DIAG_PANIC_COLUMN:
        snprintf(m->msg, sizeof m->msg,
                 "rustg-vk does not support this construct yet: a run-time check after a character of "
                 "unknown display width on its line");
        snprintf(m->label, sizeof m->label, "its panic message gives the column in display width");
        break;
    case DIAG_UNCLOSED_DELIM:
        snprintf(m->msg, sizeof m->msg, "this file contains an unclosed delimiter");
        snprintf(m->label, sizeof m->label, "unclosed delimiter");
        break;
    case DIAG_UNEXPECTED_CLOSE:
        snprintf(m->msg, sizeof m->msg, "unexpected closing delimiter: `%s`", text);
        snprintf(m->label, sizeof m->label, "unexpected closing delimiter");
        break;
    case DIAG_MISMATCHED_CLOSE:
        snprintf(m->msg, sizeof m->msg, "mismatched closing delimiter: `%c`", r->arg < c->n ? c->src[r->arg] : '?');
        snprintf(m->label, sizeof m->label, "unclosed delimiter");
        break;
    case DIAG_EXPECTED_SEMI:
        snprintf(m->msg, sizeof m->msg, "expected `;`, found %s",
                 describe_found(c, r->arg, token_end_at(c, r->arg), found, sizeof found));
        add_semi_help(m, r->start);
        break;
    case DIAG_EXPECTED_EXPR:
        snprintf(m->msg, sizeof m->msg, "expected expression, found %s",
                 describe_found(c, r->start, r->end, found, sizeof found));
        snprintf(m->label, sizeof m->label, "expected expression");
        break;
    case DIAG_EXPECTED_ITEM:
        snprintf(m->msg, sizeof m->msg, "expected item, found %s", describe_found(c, r->start, r->end, found, sizeof found));
        snprintf(m->label, sizeof m->label, "expected item");
        break;
    case DIAG_EXPECTED_IDENT:
        snprintf(m->msg, sizeof m->msg, "expected identifier, found %s",
                 describe_found(c, r->start, r->end, found, sizeof found));
        snprintf(m->label, sizeof m->label, "expected identifier");
        break;
    case DIAG_EXPECTED_PATTERN:
        snprintf(m->msg, sizeof m->msg, "expected pattern, found %s", describe_found(c, r->start, r->end, found, sizeof found));
        snprintf(m->label, sizeof m->label, "expected pattern");
        break;
    case DIAG_UNEXPECTED_TOKEN:
        snprintf(m->msg, sizeof m->msg, "unexpected token: %s", describe_found(c, r->start, r->end, found, sizeof found));
        break;
    case DIAG_LLP_UNEXPECTED:
    case DIAG_LLP_EXPECTED: {
        char want[280];
        if (llp_expected_message(r->code, r->arg, r->arg >> 16, want, sizeof want)) {
            uint32_t p = r->start;
            int newline = 0;
            while (p > 0 && (c->src[p - 1] == ' ' || c->src[p - 1] == '\t' || c->src[p - 1] == '\n' ||
                             c->src[p - 1] == '\r')) {
                newline |= c->src[p - 1] == '\n';
                p--;
            }
            if (newline && p > 0)
                m->start = m->end = p;
        }
        if (r->start == c->n)
            snprintf(m->msg, sizeof m->msg, "%s, found `<eof>`", want);
        else
            snprintf(m->msg, sizeof m->msg, "%s, found %s", want, describe_found(c, r->start, r->end, found, sizeof found));
        if (strcmp(want, "expected `;`") == 0)
            add_semi_help(m, m->start);
        break;
    }
    case DIAG_UNRESOLVED_NAME:
        m->code = "E0425";
        snprintf(m->msg, sizeof m->msg, "cannot find value `%s` in this scope", text);
        snprintf(m->label, sizeof m->label, "not found in this scope");
        break;
    case DIAG_UNRESOLVED_FN:
        m->code = "E0425";
        snprintf(m->msg, sizeof m->msg, "cannot find function `%s` in this scope", text);
        snprintf(m->label, sizeof m->label, "not found in this scope");
        break;
    case DIAG_ARG_COUNT: {
        uint32_t want = r->arg >> 16, got = r->arg & 0xffff;
        m->code = "E0061";
        snprintf(m->msg, sizeof m->msg, "this function takes %u argument%s but %u argument%s supplied", want,
                 want == 1 ? "" : "s", got, got == 1 ? " was" : "s were");
        break;
    }
    case DIAG_ASSIGN_IMMUTABLE:
        m->code = "E0384";
        text_of(c, r->arg, token_end_at(c, r->arg), text, sizeof text);
        snprintf(m->msg, sizeof m->msg, "cannot assign twice to immutable variable `%s`", text);
        snprintf(m->label, sizeof m->label, "cannot assign twice to immutable variable");
        break;
    case DIAG_MISMATCHED_TYPES:
        m->code = "E0308";
        snprintf(m->msg, sizeof m->msg, "mismatched types");
        snprintf(m->label, sizeof m->label, "expected %s, found %s", type_quoted(r->arg >> 16, t1, sizeof t1),
                 type_quoted(r->arg & 0xffff, t2, sizeof t2));
        break;
    case DIAG_IF_ELSE_TYPES:
        m->code = "E0308";
        snprintf(m->msg, sizeof m->msg, "`if` and `else` have incompatible types");
        snprintf(m->label, sizeof m->label, "expected %s, found %s", type_quoted(r->arg >> 16, t1, sizeof t1),
                 type_quoted(r->arg & 0xffff, t2, sizeof t2));
        break;
    case DIAG_UNKNOWN_TYPE:
        m->code = "E0425"; /* E0412 before rustc 1.95 */
        snprintf(m->msg, sizeof m->msg, "cannot find type `%s` in this scope", text);
        snprintf(m->label, sizeof m->label, "not found in this scope");
        break;
    case DIAG_INT_TOO_LARGE:
        snprintf(m->msg, sizeof m->msg, "integer literal is too large");
        break;
    case DIAG_NO_MAIN: {
        char crate[128], file[128];
        crate_name(c->path, crate, sizeof crate, 0);
        crate_name(c->path, file, sizeof file, 1);
        m->code = "E0601";
        snprintf(m->msg, sizeof m->msg, "`main` function not found in crate `%s`", crate);
        snprintf(m->label, sizeof m->label, "consider adding a `main` function to `%s`", file);
        if (c->n == 0) {
            /* nothing to point at: rustc prints the label as a note */
            m->spanless = 1;
            child(m, "note", 1, "%s", m->label);
            m->label[0] = 0;
        } else if (c->ntok == 0) {
            /* only comments and whitespace: rustc points at the end of the file */
            m->start = m->end = c->n;
        }
        break;
    }
    case DIAG_UNCONDITIONAL_PANIC: {
        static const char *const why[] = {"attempt to divide `_` by zero",
                                          "attempt to calculate the remainder of `_` with a divisor of zero",
                                          "attempt to compute `_ / -1`, which would overflow",
                                          "attempt to compute `_ % -1`, which would overflow"};
        m->lint = "unconditional_panic";
        snprintf(m->msg, sizeof m->msg, "this operation will panic at runtime");
        snprintf(m->label, sizeof m->label, "%s", why[r->arg & 3]);
        break;
    }
    case DIAG_ARITH_OVERFLOW:
        m->lint = "arithmetic_overflow";
        snprintf(m->msg, sizeof m->msg, "this arithmetic operation will overflow");
        snprintf(m->label, sizeof m->label, "attempt to compute `%s`, which would overflow", text);
        break;
    case DIAG_NEG_UNSIGNED: {
        char op = (r->arg & 0x100) ? '!' : '-';
        m->code = "E0600";
        snprintf(m->msg, sizeof m->msg, "cannot apply unary operator `%c` to type `%s`", op, type_name(r->arg & 0xff));
        snprintf(m->label, sizeof m->label, "cannot apply unary operator `%c`", op);
        if (op == '-' && (r->arg & 0xff) >= 6 && (r->arg & 0xff) <= 10)
            child(m, "note", 0, "unsigned values cannot be negated");
        break;
    }
    case DIAG_NEG_TRAIT:
        m->code = "E0277";
        snprintf(m->msg, sizeof m->msg, "the trait bound `%s: Neg` is not satisfied", type_name(r->arg));
        snprintf(m->label, sizeof m->label, "the trait `Neg` is not implemented for `%s`", type_name(r->arg));
        break;
    case DIAG_LITERAL_OUT_OF_RANGE:
        m->lint = "overflowing_literals";
        snprintf(m->msg, sizeof m->msg, "literal out of range for `%s`", type_name(r->arg));
        break;
    case DIAG_BINOP_TYPES:
    case DIAG_BINOP_RHS:
    case DIAG_COMPOUND_RHS:
        m->code = r->code == DIAG_BINOP_TYPES ? "E0369" : "E0277";
        operator_message(m->msg, sizeof m->msg, r->code == DIAG_COMPOUND_RHS ? compound_op(c, r->start) : text,
                         r->arg >> 16, r->arg & 0xffff, r->code == DIAG_COMPOUND_RHS);
        break;
    case DIAG_COMPOUND_LHS: {
        char op[8];
        snprintf(op, sizeof op, "%s", compound_op(c, r->start + (r->arg & 0xffff)));
        m->code = "E0368";
        snprintf(m->msg, sizeof m->msg, "binary assignment operation `%s` cannot be applied to type `%s`", op,
                 type_name(r->arg >> 16));
        break;
    }
    case DIAG_UNINITIALIZED:
        m->code = "E0381";
        snprintf(m->msg, sizeof m->msg, "used binding `%s` %s", text, r->arg ? "is possibly-uninitialized" : "isn't initialized");
        snprintf(m->label, sizeof m->label, "`%s` used here but it %s", text, r->arg ? "is possibly-uninitialized" : "isn't initialized");
        break;
    case DIAG_TYPE_ANNOTATIONS:
        m->code = "E0282";
        snprintf(m->msg, sizeof m->msg, "type annotations needed");
        break;
    case DIAG_INVALID_UTF8:
        snprintf(m->msg, sizeof m->msg, "couldn't read `%s`: stream did not contain valid UTF-8", c->path);
        snprintf(m->label, sizeof m->label, "byte `%u` is not valid utf-8", r->arg);
        break;
    case DIAG_LET_EXPRESSION:
        snprintf(m->msg, sizeof m->msg, "expected expression, found `let` statement");
        child(m, "note", 0, "only supported directly in conditions of `if` and `while` expressions");
        break;
    case DIAG_BREAK_OUTSIDE_LOOP:
        m->code = "E0268";
        snprintf(m->msg, sizeof m->msg, "`break` outside of a loop or labeled block");
        snprintf(m->label, sizeof m->label, "cannot `break` outside of a loop or labeled block");
        break;
    case DIAG_CONTINUE_OUTSIDE_LOOP:
        m->code = "E0268";
        snprintf(m->msg, sizeof m->msg, "`continue` outside of a loop");
        snprintf(m->label, sizeof m->label, "cannot `continue` outside of a loop");
        break;
    case DIAG_UNDECLARED_LABEL:
        m->code = "E0426";
        snprintf(m->msg, sizeof m->msg, "use of undeclared label `%s`", text);
        snprintf(m->label, sizeof m->label, "undeclared label `%s`", text);
        break;
    case DIAG_UNLABELED_IN_BLOCK: {
        const char *what = r->arg ? "continue" : "break";
        m->code = "E0695";
        snprintf(m->msg, sizeof m->msg, "unlabeled `%s` inside of a labeled block", what);
        snprintf(m->label, sizeof m->label,
                 "`%s` statements that would diverge to or through a labeled block need to bear a label", what);
        break;
    }
    case DIAG_CONTINUE_TO_BLOCK:
        m->code = "E0696";
        snprintf(m->msg, sizeof m->msg, "`continue` pointing to a labeled block");
        snprintf(m->label, sizeof m->label, "labeled blocks cannot be `continue`'d");
        break;
    case DIAG_BREAK_WITH_VALUE:
        m->code = "E0571";
        snprintf(m->msg, sizeof m->msg, "`break` with value from a `%s` loop", r->arg ? "for" : "while");
        snprintf(m->label, sizeof m->label, "can only break with a value inside `loop` or breakable block");
        break;
    case DIAG_REFUTABLE_BINDING: {
        static const char *const where[] = {"local binding", "function argument", "`for` loop binding"};
        m->code = "E0005";
        snprintf(m->msg, sizeof m->msg, "refutable pattern in %s", where[r->arg < 3 ? r->arg : 0]);
        snprintf(m->label, sizeof m->label, "`%s` is interpreted as a constant pattern, not a new variable", text);
        break;
    }
    case DIAG_SHADOW_CONST: {
        static const char *const who[] = {"let bindings", "function parameters", "for bindings"};
        m->code = "E0530";
        snprintf(m->msg, sizeof m->msg, "%s cannot shadow constants", who[r->arg < 3 ? r->arg : 0]);
        snprintf(m->label, sizeof m->label, "cannot be named the same as a constant");
        break;
    }
    case DIAG_NON_CONSTANT_VALUE:
        m->code = "E0435";
        snprintf(m->msg, sizeof m->msg, "attempt to use a non-constant value in a constant");
        snprintf(m->label, sizeof m->label, "non-constant value");
        break;
    case DIAG_CONST_EVAL: {
        const char *what = r->arg == 43 ? "add" : r->arg == 45 ? "subtract" : r->arg == 42 ? "multiply" :
                           r->arg == 47 ? "divide" : r->arg == 37 ? "calculate the remainder" :
                           r->arg == 60 ? "shift left" : r->arg == 62 ? "shift right" : "negate";
        m->code = "E0080";
        snprintf(m->msg, sizeof m->msg, "evaluation of constant value failed");
        if (r->arg == 47 || r->arg == 37)
            snprintf(m->label, sizeof m->label, "attempt to %s with a divisor of zero or with overflow", what);
        else
            snprintf(m->label, sizeof m->label, "attempt to %s with overflow", what);
        break;
    }
    case DIAG_ASSIGN_TO_CONST:
        if (r->arg == 2) {
            char name[64];
            text_of(c, r->start, token_end_at(c, r->start), name, sizeof name);
            m->code = "E0594";
            snprintf(m->msg, sizeof m->msg, "cannot assign to immutable static item `%s`", name);
            snprintf(m->label, sizeof m->label, "cannot assign");
            break;
        }
        m->code = r->arg ? "E0067" : "E0070";
        snprintf(m->msg, sizeof m->msg, "invalid left-hand side of assignment");
        snprintf(m->label, sizeof m->label, "cannot assign to this expression");
        break;
    case DIAG_CONST_UNKNOWN:
        snprintf(m->msg, sizeof m->msg,
                 "rustg-vk does not support this construct yet: a constant whose value it cannot compute");
        snprintf(m->label, sizeof m->label, "only integer and bool operations, casts, blocks and other constants");
        break;
    case DIAG_TEXT_DIRECTION: {
        static const char *const where[] = {"literal", "comment", "doc comment"};
        const char *w = where[r->arg < 3 ? r->arg : 0];
        snprintf(m->msg, sizeof m->msg, "unicode codepoint changing visible direction of text present in %s", w);
        snprintf(m->label, sizeof m->label, "this %s contains an invisible unicode text flow control codepoint", w);
        m->lint = r->arg == 0 ? "text_direction_codepoint_in_literal" : "text_direction_codepoint_in_comment";
        break;
    }
    case DIAG_LITERAL_SUFFIX: {
        uint32_t at = r->arg & 0x0fffffffu, k = r->arg >> 28;
        static const char *const what[] = {"string", "byte string", "C-string", "char", "byte"};
        char suffix[64];
        text_of(c, at, r->end, suffix, sizeof suffix);
        snprintf(m->msg, sizeof m->msg, "suffixes on %s literals are invalid", what[k < 5 ? k : 0]);
        snprintf(m->label, sizeof m->label, "invalid suffix `%s`", suffix);
        break;
    }
    case DIAG_TRY_MACRO:
        snprintf(m->msg, sizeof m->msg, "use of deprecated `try` macro");
        child(m, "note", 1, "in the 2018 edition `try` is a reserved keyword, and the `try!()` macro is deprecated");
        child(m, "help", 0, "you can use the `?` operator instead");
        break;
    case DIAG_LET_CHAIN:
        snprintf(m->msg, sizeof m->msg, "let chains are only allowed in Rust 2024 or later");
        break;
    case DIAG_LABELED_BREAK_VALUE:
        snprintf(m->msg, sizeof m->msg,
                 "parentheses are required around this expression to avoid confusion with a labeled break expression");
        break;
    case DIAG_LET_NO_SEMI:
        snprintf(m->msg, sizeof m->msg, "expected one of `.`, `;`, `?`, `else`, or an operator, found `}`");
        snprintf(m->label, sizeof m->label, "expected one of `.`, `;`, `?`, `else`, or an operator");
        break;
    case DIAG_RETURN_NO_VALUE:
        m->code = "E0069";
        snprintf(m->msg, sizeof m->msg, "`return;` in a function whose return type is not `()`");
        snprintf(m->label, sizeof m->label, "return type is not `()`");
        break;
    case DIAG_RESERVED_PREFIX: {
        char prefix[64];
        text_of(c, r->start, r->end, prefix, sizeof prefix);
        snprintf(m->msg, sizeof m->msg, "prefix `%s` is unknown", prefix);
        snprintf(m->label, sizeof m->label, "unknown prefix");
        child(m, "note", 1, "prefixed identifiers and literals are reserved since Rust 2021");
        break;
    }
    case DIAG_INHERENT_IMPL: {
        static const char *const what[] = {"unsafe", "negative", "default"}, *const mark[] = {"unsafe", "!", "default"};
        uint32_t k = r->arg < 3 ? r->arg : 0;
        if (k == 0)
            m->code = "E0197";
        snprintf(m->msg, sizeof m->msg, "inherent impls cannot be %s", what[k]);
        snprintf(m->label, sizeof m->label, "inherent impl for this type");
        child(m, "note", 1, "only trait implementations may be annotated with `%s`", mark[k]);
        break;
    }
    case DIAG_BOX_SYNTAX:
        snprintf(m->msg, sizeof m->msg, "`box_syntax` has been removed");
        child(m, "help", 0, "use `Box::new()` instead");
        break;
    case DIAG_CHAINED_COMPARISON:
        snprintf(m->msg, sizeof m->msg, "comparison operators cannot be chained");
        break;
    case DIAG_PARAM_TWICE:
        m->code = "E0415";
        snprintf(m->msg, sizeof m->msg, "identifier `%s` is bound more than once in this parameter list", text);
        snprintf(m->label, sizeof m->label, "used as parameter more than once");
        break;
    case DIAG_NON_PRIMITIVE_CAST:
        m->code = "E0605";
        snprintf(m->msg, sizeof m->msg, "non-primitive cast: `%s` as `%s`", type_name(r->arg >> 16),
                 type_name(r->arg & 0xffff));
        break;
    case DIAG_CAST_TO_BOOL:
        m->code = "E0054";
        snprintf(m->msg, sizeof m->msg, "cannot cast `%s` as `bool`", type_name(r->arg));
        break;
    case DIAG_FMT_EXPECTED_CLOSE:
        snprintf(m->msg, sizeof m->msg, "invalid format string: expected `}`, found `%s`", text);
        snprintf(m->label, sizeof m->label, "expected `}` in format string");
        child(m, "note", 0, "if you intended to print `{`, you can escape it using `{{`");
        break;
    case DIAG_FMT_UNTERMINATED:
        snprintf(m->msg, sizeof m->msg, "invalid format string: expected `}` but string was terminated");
        snprintf(m->label, sizeof m->label, "expected `}` in format string");
        child(m, "note", 0, "if you intended to print `{`, you can escape it using `{{`");
        break;
    case DIAG_FMT_UNMATCHED_CLOSE:
        snprintf(m->msg, sizeof m->msg, "invalid format string: unmatched `}` found");
        snprintf(m->label, sizeof m->label, "unmatched `}` in format string");
        child(m, "note", 0, "if you intended to print `}`, you can escape it using `}}`");
        break;
    case DIAG_FMT_UNKNOWN_TRAIT:
        snprintf(m->msg, sizeof m->msg, "unknown format trait `%s`", text);
        break;
    case DIAG_FMT_WIDTH_RANGE:
        snprintf(m->msg, sizeof m->msg,
                 "invalid format string: integer `%s` does not fit into the type `u16` whose range is `0..=65535`",
                 text);
        snprintf(m->label, sizeof m->label, "integer out of range for `u16` in format string");
        break;
    case DIAG_FMT_ARG_COUNT: {
        uint32_t n = r->arg >> 16, g = r->arg & 0xffff;
        char given[64];
        if (g == 0)
            snprintf(given, sizeof given, "no arguments were given");
        else
            snprintf(given, sizeof given, "there %s %u argument%s", g == 1 ? "is" : "are", g, g == 1 ? "" : "s");
        snprintf(m->msg, sizeof m->msg, "%u positional argument%s in format string, but %s", n, n == 1 ? "" : "s", given);
        break;
    }
    case DIAG_FMT_BAD_INDEX: {
        uint32_t n = r->arg >> 16, g = r->arg & 0xffff;
        if (g == 0)
            snprintf(m->msg, sizeof m->msg, "invalid reference to positional argument %u (no arguments were given)", n);
        else
            snprintf(m->msg, sizeof m->msg, "invalid reference to positional argument %u (there %s %u argument%s)", n,
                     g == 1 ? "is" : "are", g, g == 1 ? "" : "s");
        child(m, "note", 0, "positional arguments are zero-based");
        break;
    }
    case DIAG_FMT_UNUSED:
        snprintf(m->msg, sizeof m->msg, r->arg > 1 ? "multiple unused formatting arguments" : "argument never used");
        snprintf(m->label, sizeof m->label, "argument never used");
        if (r->arg > 1)
            child(m, "note", 0, "consider adding %u format specifiers", r->arg);
        break;
    case DIAG_FMT_TRAIT_BOUND: {
        static const char *traits[] = {"Display", "Debug", "LowerHex", "UpperHex", "Octal", "Binary"};
        uint32_t tr = r->arg >> 16, ty = r->arg & 0xffff;
        const char *trait = tr < sizeof traits / sizeof traits[0] ? traits[tr] : "?";
        m->code = "E0277";
        snprintf(m->msg, sizeof m->msg, "the trait bound `%s: %s` is not satisfied", type_name(ty), trait);
        snprintf(m->label, sizeof m->label, "the trait `%s` is not implemented for `%s`", trait, type_name(ty));
        break;
    }
    case DIAG_FMT_NOT_DISPLAY:
        m->code = "E0277";
        snprintf(m->msg, sizeof m->msg, "`%s` doesn't implement `std::fmt::Display`", type_name(r->arg));
        snprintf(m->label, sizeof m->label, "`%s` cannot be formatted with the default formatter", type_name(r->arg));
        break;
    case DIAG_FMT_NOT_LITERAL:
        snprintf(m->msg, sizeof m->msg, "format argument must be a string literal");
        break;
    case DIAG_FMT_NO_ARGS:
        snprintf(m->msg, sizeof m->msg, "requires at least a format string argument");
        break;
    case DIAG_UNDECLARED_TYPE:
        m->code = "E0433";
        snprintf(m->msg, sizeof m->msg, "cannot find type `%s` in this scope", text);
        snprintf(m->label, sizeof m->label, "use of undeclared type `%s`", text);
        break;
    case DIAG_UNDECLARED_MODULE:
        m->code = "E0433";
        snprintf(m->msg, sizeof m->msg, "cannot find module or crate `%s` in this scope", text);
        snprintf(m->label, sizeof m->label, "use of unresolved module or unlinked crate `%s`", text);
        break;
    case DIAG_DUPLICATE_ITEM: {
        char name[128];
        text_of(c, r->arg, token_end_at(c, r->arg), name, sizeof name);
        m->code = "E0428";
        snprintf(m->msg, sizeof m->msg, "the name `%s` is defined multiple times", name);
        snprintf(m->label, sizeof m->label, "`%s` redefined here", name);
        child(m, "note", 0, "`%s` must be defined only once in the value namespace of this module", name);
        break;
    }
    default:
        snprintf(m->msg, sizeof m->msg, "internal diagnostic %u", r->code);
        break;
    }
}
