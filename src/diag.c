/* The diagnostics that shaders recorded: read back, ordered, and printed in
 * the format --error-format asks for (human and short here, JSON in
 * diag_json.c; the words come from diag_messages.c). */
#include "diag.h"
#include "driver.h"
#include "common/diag_codes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
uint32_t diag_chars_between(const uint8_t *s, uint32_t from, uint32_t to)
{
    uint32_t n = 0;
    for (uint32_t i = from; i < to; i++)
        n += (s[i] & 0xC0) != 0x80;
    return n;
}

void diag_position(const struct compile *c, const uint32_t *starts, uint32_t pos, struct diag_pos *p)
{
    if (pos > c->n)
        pos = c->n;
    /* rustc places end of file on the last line: a final newline starts no line. */
    uint32_t at = (pos == c->n && pos > 0 && c->src[pos - 1] == '\n') ? pos - 1 : pos;
    p->line = line_of(starts, c->nlines, at);
    p->ls = starts[p->line];
    p->le = p->ls;
    while (p->le < c->n && c->src[p->le] != '\n')
        p->le++;
    p->col = diag_chars_between(c->src, p->ls, pos) + 1;
}

/* rustc's colours (--json=diagnostic-rendered-ansi): bold bright red for
 * errors and their carets, bold bright blue for the gutter. */
#define ANSI_ERR "\x1b[1m\x1b[91m"
#define ANSI_GUTTER "\x1b[1m\x1b[94m"
#define ANSI_BOLD "\x1b[1m"
#define ANSI_OFF "\x1b[0m"

static void header(FILE *f, const struct diag_msg *m, int ansi)
{
    char head[32];
    if (*m->code)
        snprintf(head, sizeof head, "error[%s]", m->code);
    else
        snprintf(head, sizeof head, "error");
    if (ansi)
        fprintf(f, ANSI_ERR "%s" ANSI_OFF ANSI_BOLD ": %s" ANSI_OFF "\n", head, m->msg);
    else
        fprintf(f, "%s: %s\n", head, m->msg);
}

/* `  |`, `  = note: ...` for the children the human rendering shows. */
static void shown_children(FILE *f, const struct diag_msg *m, int w, int ansi)
{
    for (int k = 0; k < m->nchildren; k++) {
        if (!m->child[k].shown)
            continue;
        if (ansi)
            fprintf(f, "%*s " ANSI_GUTTER "|" ANSI_OFF "\n%*s " ANSI_GUTTER "= " ANSI_OFF ANSI_BOLD "%s" ANSI_OFF
                       ": %s\n",
                    w, "", w, "", m->child[k].level, m->child[k].text);
        else
            fprintf(f, "%*s |\n%*s = %s: %s\n", w, "", w, "", m->child[k].level, m->child[k].text);
    }
}

void diag_render_human(FILE *f, const struct compile *c, const uint32_t *starts, const struct diag_msg *m, int ansi)
{
    header(f, m, ansi);
    if (m->spanless) {
        shown_children(f, m, 1, ansi);
        fputc('\n', f);
        return;
    }
    uint32_t start = m->start > c->n ? c->n : m->start;
    uint32_t end = m->end < start ? start : m->end;
    struct diag_pos p;
    diag_position(c, starts, start, &p);
    char num[16];
    int w = snprintf(num, sizeof num, "%u", p.line + 1);
    uint32_t span_end = end < p.le ? end : p.le;
    uint32_t width = diag_chars_between(c->src, start, span_end);
    if (width == 0)
        width = 1;
    const char *src_line = (const char *)c->src + p.ls;
    int len = (int)(p.le - p.ls);
    if (ansi) {
        fprintf(f, "%*s" ANSI_GUTTER "--> " ANSI_OFF "%s:%u:%u\n", w, "", c->path, p.line + 1, p.col);
        fprintf(f, "%*s " ANSI_GUTTER "|" ANSI_OFF "\n", w, "");
        fprintf(f, ANSI_GUTTER "%s" ANSI_OFF " " ANSI_GUTTER "|" ANSI_OFF " %.*s\n", num, len, src_line);
        fprintf(f, "%*s " ANSI_GUTTER "|" ANSI_OFF " %*s" ANSI_ERR, w, "", (int)(p.col - 1), "");
    } else {
        fprintf(f, "%*s--> %s:%u:%u\n", w, "", c->path, p.line + 1, p.col);
        fprintf(f, "%*s |\n", w, "");
        fprintf(f, "%s | %.*s\n", num, len, src_line);
        fprintf(f, "%*s | %*s", w, "", (int)(p.col - 1), "");
    }
    for (uint32_t i = 0; i < width; i++)
        fputc('^', f);
    if (ansi)
        fputs(ANSI_OFF, f);
    if (*m->label)
        fprintf(f, ansi ? " " ANSI_ERR "%s" ANSI_OFF : " %s", m->label);
    fputc('\n', f);
    shown_children(f, m, w, ansi);
    fputc('\n', f);
}

void diag_render_short(FILE *f, const struct compile *c, const uint32_t *starts, const struct diag_msg *m, int ansi)
{
    if (!m->spanless) {
        struct diag_pos p;
        diag_position(c, starts, m->start, &p);
        fprintf(f, "%s:%u:%u: ", c->path, p.line + 1, p.col);
    }
    char head[32];
    if (*m->code)
        snprintf(head, sizeof head, "error[%s]", m->code);
    else
        snprintf(head, sizeof head, "error");
    fprintf(f, ansi ? ANSI_ERR "%s" ANSI_OFF ": %s" : "%s: %s", head, m->msg);
    if (*m->label)
        fprintf(f, ": %s", m->label);
    fputc('\n', f);
}

void diag_render_trailer(FILE *f, const char *line, int first, int shortfmt, int ansi)
{
    if (!first)
        fprintf(f, ansi ? ANSI_BOLD "%s" ANSI_OFF "\n" : "%s\n", line);
    else if (shortfmt)
        fprintf(f, ansi ? ANSI_ERR "error" ANSI_OFF ": %s\n" : "error: %s\n", line);
    else
        fprintf(f, ansi ? ANSI_ERR "error" ANSI_OFF ANSI_BOLD ": %s" ANSI_OFF "\n\n" : "error: %s\n\n", line);
}

static int by_string(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int diag_trailer(int shown, const char *const *codes, int ncodes, char lines[DIAG_MAX_TRAILER][256])
{
    int n = 0;
    if (shown > 1)
        snprintf(lines[n++], 256, "aborting due to %d previous errors", shown);
    else
        snprintf(lines[n++], 256, "aborting due to 1 previous error");
    /* rustc lists the codes sorted, and suggests the first */
    const char *sorted[8];
    memcpy(sorted, codes, (size_t)ncodes * sizeof *codes);
    qsort(sorted, (size_t)ncodes, sizeof *sorted, by_string);
    if (ncodes == 1) {
        snprintf(lines[n++], 256, "For more information about this error, try `rustc --explain %s`.", sorted[0]);
    } else if (ncodes > 1) {
        size_t k = (size_t)snprintf(lines[n], 256, "Some errors have detailed explanations:");
        for (int i = 0; i < ncodes && k < 256; i++)
            k += (size_t)snprintf(lines[n] + k, 256 - k, " %s%s", sorted[i], i + 1 < ncodes ? "," : ".");
        n++;
        snprintf(lines[n++], 256, "For more information about an error, try `rustc --explain %s`.", sorted[0]);
    }
    return n;
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

/* A construct refused as not supported yet (or beyond a bound of this compiler). */
static int refusal(uint32_t code)
{
    return code == DIAG_UNSUPPORTED || code == DIAG_UNSUPPORTED_TOKEN || code == DIAG_FORMAT_TOO_LONG ||
           code == DIAG_PANIC_COLUMN || code == DIAG_CONST_UNKNOWN;
}
/* An error of the syntax: rustc stops at the first one. */
static int syntax_error(uint32_t code)
{
    return (code < DIAG_UNRESOLVED_NAME && !refusal(code)) || code == DIAG_LLP_UNEXPECTED || code == DIAG_LLP_EXPECTED ||
           code == DIAG_LET_NO_SEMI || code == DIAG_LABELED_BREAK_VALUE;
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
    /* A syntax error is what rustc reports first, so then only those are
     * shown. Else a construct refused as not supported yet is the reason a
     * compile stops: errors that follow from it (types of an `if let`, say)
     * are not rustc's and would mislead, so only the refusals are shown. */
    uint32_t kept = 0, syntax = 0;
    for (uint32_t i = 0; i < count; i++)
        syntax += syntax_error(d[i].code);
    for (uint32_t i = 0; i < count; i++)
        if (syntax ? syntax_error(d[i].code) : refusal(d[i].code))
            d[kept++] = d[i];
    if (kept > 0)
        count = kept;
    int json = c->error_format == ERRFMT_JSON;
    int shortfmt = c->error_format == ERRFMT_SHORT || (json && (c->json & JSON_DIAGNOSTIC_SHORT));
    /* Like rustc, stop at the first syntax error; report every semantic one. */
    int shown = 0;
    const char *codes[8];
    int ncodes = 0;
    const char *lints[8];
    int nlints = 0;
    for (uint32_t i = 0; i < count; i++) {
        struct diag_rec *r = &d[i];
        if (i > 0 && r->start == d[i - 1].start && r->code == d[i - 1].code)
            continue;
        struct diag_msg m;
        diag_message(c, r, &m);
        if (m.lint) {
            /* rustc notes a default-deny lint's level on its first error only */
            int seen = 0;
            for (int k = 0; k < nlints; k++)
                seen |= strcmp(lints[k], m.lint) == 0;
            if (!seen && nlints < 8 && m.nchildren < DIAG_MAX_CHILDREN) {
                lints[nlints++] = m.lint;
                struct diag_child *k = &m.child[m.nchildren++];
                memset(k, 0, sizeof *k);
                k->level = "note";
                snprintf(k->text, sizeof k->text, "`#[deny(%s)]` on by default", m.lint);
            }
        }
        if (json)
            diag_json_emit(stderr, c, starts, &m);
        else if (shortfmt)
            diag_render_short(stderr, c, starts, &m, 0);
        else
            diag_render_human(stderr, c, starts, &m, 0);
        shown++;
        if (*m.code && ncodes < 8) {
            int seen = 0;
            for (int k = 0; k < ncodes; k++)
                seen |= strcmp(codes[k], m.code) == 0;
            if (!seen)
                codes[ncodes++] = m.code;
        }
        if (r->code < DIAG_UNRESOLVED_NAME || syntax_error(r->code))
            break; /* syntax errors: the first one only */
    }
    char lines[DIAG_MAX_TRAILER][256];
    int nlines = diag_trailer(shown, codes, ncodes, lines);
    for (int k = 0; k < nlines && !(shortfmt && k > 0); k++) { /* short drops the --explain lines */
        if (json)
            diag_json_trailer(stderr, c, lines[k], k == 0);
        else
            diag_render_trailer(stderr, lines[k], k == 0, shortfmt, 0);
    }
    free(d);
    free(starts);
    return 1;
}
