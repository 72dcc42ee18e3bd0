/* Between the parts that turn recorded diagnostics into text:
 * diag.c (order, positions, human and short output), diag_messages.c
 * (a record in words), diag_json.c (rustc's JSON). */
#ifndef RUSTG_DIAG_H
#define RUSTG_DIAG_H

#include "compile.h"

#include <stdint.h>
#include <stdio.h>

/* One record as shaders write it (shaders/lib/diag.glsl). */
struct diag_rec {
    uint32_t code, start, end, arg;
};

/* A note or help rustc attaches to a diagnostic. `shown`: the human
 * rendering prints it (`= note: ...`); the others reach JSON's children
 * only, so that the human output stays as it was. A child with a span is a
 * suggestion: `replacement` goes at start..end. */
struct diag_child {
    const char *level; /* "note", "help" */
    char text[200];
    int shown;
    int has_span;
    uint32_t start, end;
    const char *replacement;
};

#define DIAG_MAX_CHILDREN 2

struct diag_msg {
    const char *code;      /* "E0308", or "" */
    const char *lint;      /* the lint of a lint error ("arithmetic_overflow"): JSON's code; or NULL */
    char msg[512];
    char label[256];       /* the primary span's label, "" for none */
    int label_is_help;     /* label is rustc's inline form of child 0 (`help: add `;` here`) */
    uint32_t start, end;   /* primary span, bytes */
    int spanless;          /* nothing to point at (E0601 on an empty file) */
    struct diag_child child[DIAG_MAX_CHILDREN];
    int nchildren;
};

/* The record in rustc's words (diag_messages.c). */
void diag_message(const struct compile *c, const struct diag_rec *r, struct diag_msg *m);

/* Where byte `pos` is: its line (0-based), that line's bytes [ls, le)
 * without the newline, and its column (1-based, in characters). */
struct diag_pos {
    uint32_t line, ls, le, col;
};
void diag_position(const struct compile *c, const uint32_t *starts, uint32_t pos, struct diag_pos *p);
uint32_t diag_chars_between(const uint8_t *s, uint32_t from, uint32_t to);

/* rustc's renderings of `m` (with its colours when `ansi`): human, and
 * short (`file:line:col: error[E0308]: message: label`). */
void diag_render_human(FILE *f, const struct compile *c, const uint32_t *starts, const struct diag_msg *m,
                       int ansi);
void diag_render_short(FILE *f, const struct compile *c, const uint32_t *starts, const struct diag_msg *m,
                       int ansi);

/* The lines after the last diagnostic, as rustc words them: `aborting
 * due to ...`, then the `rustc --explain` ones. Returns how many. */
#define DIAG_MAX_TRAILER 3
int diag_trailer(int shown, const char *const *codes, int ncodes, char lines[DIAG_MAX_TRAILER][256]);
/* One trailer line rendered: the first as an error, the others plain. */
void diag_render_trailer(FILE *f, const char *line, int first, int shortfmt, int ansi);

/* JSON (diag_json.c), one object a line, rendered per c->json: a
 * diagnostic, and a trailer line (the first is level "error", the
 * `--explain` ones "failure-note"). */
void diag_json_emit(FILE *f, const struct compile *c, const uint32_t *starts, const struct diag_msg *m);
void diag_json_trailer(FILE *f, const struct compile *c, const char *line, int first);

#endif
