/* --error-format=json: rustc's JSON diagnostics, one object a line on
 * stderr, in its field order, as cargo, rust-analyzer and editors read them.
 *
 * `code.explanation` is null: rustc's are its error index's long texts, which
 * we do not copy, and tools read only `code.code` (rustc's own lint codes
 * have a null explanation too). */
#include "diag.h"
#include "driver.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Length of the UTF-8 sequence at s[0..n), or 0 if it is not one. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    size_t len = s[0] < 0x80 ? 1 : (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3 : (s[0] & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || len > n)
        return 0;
    uint32_t cp = len == 1 ? s[0] : s[0] & (0x7F >> len);
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = cp << 6 | (s[i] & 0x3F);
    }
    static const uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < least[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

/* A JSON string of s[0..n), escaped as serde_json does; a byte that is not
 * UTF-8 becomes U+FFFD, as rustc shows such a source. */
static void json_str(FILE *f, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    fputc('"', f);
    for (size_t i = 0; i < n;) {
        unsigned char b = p[i];
        size_t len = utf8_len(p + i, n - i);
        if (len == 0) {
            fputs("\xEF\xBF\xBD", f);
            i++;
            continue;
        }
        if (len > 1)
            fwrite(p + i, 1, len, f);
        else if (b == '"' || b == '\\')
            fprintf(f, "\\%c", b);
        else if (b == '\n')
            fputs("\\n", f);
        else if (b == '\r')
            fputs("\\r", f);
        else if (b == '\t')
            fputs("\\t", f);
        else if (b == '\b')
            fputs("\\b", f);
        else if (b == '\f')
            fputs("\\f", f);
        else if (b < 0x20)
            fprintf(f, "\\u%04x", b);
        else
            fputc(b, f);
        i += len;
    }
    fputc('"', f);
}

static void json_cstr(FILE *f, const char *s)
{
    if (s)
        json_str(f, s, strlen(s));
    else
        fputs("null", f);
}

/* One span of rustc's schema over bytes start..end: positions of both ends,
 * and the text of every line it touches with the part it covers. */
static void json_span(FILE *f, const struct compile *c, const uint32_t *starts, uint32_t start, uint32_t end,
                      int primary, const char *label, const char *replacement, int spanless)
{
    fputs("{\"file_name\":", f);
    json_cstr(f, c->path);
    if (spanless) {
        /* rustc's span of an empty crate: line 0, no text */
        fputs(",\"byte_start\":0,\"byte_end\":0,\"line_start\":0,\"line_end\":0,\"column_start\":1,"
              "\"column_end\":1",
              f);
        fprintf(f, ",\"is_primary\":%s,\"text\":[]", primary ? "true" : "false");
    } else {
        if (start > c->n)
            start = c->n;
        if (end < start)
            end = start;
        if (end > c->n)
            end = c->n;
        struct diag_pos a, b;
        diag_position(c, starts, start, &a);
        diag_position(c, starts, end, &b);
        fprintf(f,
                ",\"byte_start\":%u,\"byte_end\":%u,\"line_start\":%u,\"line_end\":%u,\"column_start\":%u,"
                "\"column_end\":%u,\"is_primary\":%s,\"text\":[",
                start, end, a.line + 1, b.line + 1, a.col, b.col, primary ? "true" : "false");
        for (uint32_t l = a.line; l <= b.line; l++) {
            uint32_t ls = starts[l], le = ls;
            while (le < c->n && c->src[le] != '\n')
                le++;
            uint32_t hs = l == a.line ? a.col : 1;
            uint32_t he = l == b.line ? b.col : diag_chars_between(c->src, ls, le) + 1;
            fputs(l == a.line ? "{\"text\":" : ",{\"text\":", f);
            json_str(f, (const char *)c->src + ls, le - ls);
            fprintf(f, ",\"highlight_start\":%u,\"highlight_end\":%u}", hs, he);
        }
        fputc(']', f);
    }
    fputs(",\"label\":", f);
    json_cstr(f, label);
    fputs(",\"suggested_replacement\":", f);
    json_cstr(f, replacement);
    fputs(",\"suggestion_applicability\":", f);
    json_cstr(f, replacement ? "MachineApplicable" : NULL);
    fputs(",\"expansion\":null}", f);
}

/* The `rendered` field: what the human (or --json=diagnostic-short) format prints. */
static void json_rendered(FILE *f, const struct compile *c, const uint32_t *starts, const struct diag_msg *m)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem) {
        fputs("null", f);
        return;
    }
    int ansi = (c->json & JSON_DIAGNOSTIC_RENDERED_ANSI) != 0;
    if (c->json & JSON_DIAGNOSTIC_SHORT)
        diag_render_short(mem, c, starts, m, ansi);
    else
        diag_render_human(mem, c, starts, m, ansi);
    fclose(mem);
    json_str(f, buf, len);
    free(buf);
}

void diag_json_emit(FILE *f, const struct compile *c, const uint32_t *starts, const struct diag_msg *m)
{
    fputs("{\"$message_type\":\"diagnostic\",\"message\":", f);
    json_cstr(f, m->msg);
    const char *code = *m->code ? m->code : m->lint;
    if (code) {
        fputs(",\"code\":{\"code\":", f);
        json_cstr(f, code);
        fputs(",\"explanation\":null}", f);
    } else {
        fputs(",\"code\":null", f);
    }
    fputs(",\"level\":\"error\",\"spans\":[", f);
    json_span(f, c, starts, m->start, m->end, 1, m->label_is_help || !*m->label ? NULL : m->label, NULL,
              m->spanless);
    fputs("],\"children\":[", f);
    for (int k = 0; k < m->nchildren; k++) {
        const struct diag_child *ch = &m->child[k];
        fputs(k ? ",{\"message\":" : "{\"message\":", f);
        json_cstr(f, ch->text);
        fputs(",\"code\":null,\"level\":", f);
        json_cstr(f, ch->level);
        fputs(",\"spans\":[", f);
        if (ch->has_span)
            json_span(f, c, starts, ch->start, ch->end, 1, NULL, ch->replacement, 0);
        fputs("],\"children\":[],\"rendered\":null}", f);
    }
    fputs("],\"rendered\":", f);
    json_rendered(f, c, starts, m);
    fputs("}\n", f);
}

void diag_json_trailer(FILE *f, const struct compile *c, const char *line, int first)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    fputs("{\"$message_type\":\"diagnostic\",\"message\":", f);
    json_cstr(f, line);
    fprintf(f, ",\"code\":null,\"level\":\"%s\",\"spans\":[],\"children\":[],\"rendered\":",
            first ? "error" : "failure-note");
    if (mem) {
        diag_render_trailer(mem, line, first, (c->json & JSON_DIAGNOSTIC_SHORT) != 0,
                            (c->json & JSON_DIAGNOSTIC_RENDERED_ANSI) != 0);
        fclose(mem);
        json_str(f, buf, len);
        free(buf);
    } else {
        fputs("null", f);
    }
    fputs("}\n", f);
}
