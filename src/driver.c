/* Phase order of one compile, output writing, and --time-passes. */
#include "driver.h"
#include "cli.h"
#include "compile.h"
#include "emit/elf.h"
#include "emit/link.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

extern const unsigned char *const embedded_rt_x86_64;
extern const size_t embedded_rt_x86_64_size;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void read_failed(const char *path, int err)
{
    fprintf(stderr, "error: couldn't read `%s`: %s (os error %d)\n\nerror: aborting due to 1 previous error\n\n", path,
            strerror(err), err);
}

static int read_file(const char *path, uint8_t **data, uint32_t *len)
{
    /* `-` is standard input, as for rustc (cargo's probe sends its source there). */
    int is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        read_failed(path, errno);
        return -1;
    }
    size_t cap = 1 << 16, n = 0;
    uint8_t *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            if (cap >= ((size_t)1 << 31)) {
                fprintf(stderr, "error: input `%s` is larger than 2 GiB, which rustg-vk does not support\n", path);
                free(buf);
                if (!is_stdin)
                    fclose(f);
                return -1;
            }
            uint8_t *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    /* A directory opens but does not read (EISDIR), as rustc reports it. */
    int read_error = ferror(f) ? errno : 0;
    if (!is_stdin)
        fclose(f);
    if (buf && read_error) {
        free(buf);
        read_failed(path, read_error);
        return -1;
    }
    if (!buf) {
        fprintf(stderr, "error: out of memory reading `%s`\n", path);
        return -1;
    }
    *data = buf;
    *len = (uint32_t)n;
    return 0;
}

int compile_submit(struct compile *c)
{
    return vk_rec_submit(&c->rec, c->err, sizeof c->err);
}

/* The stem rustc names a crate's outputs after: --crate-name, else the
 * input's file stem (`foo-bar` for src/foo-bar.rs), `rust_out` for stdin. */
static void file_stem(const struct options *opt, const char *input, char *out, size_t len)
{
    if (opt->crate_name) {
        snprintf(out, len, "%s", opt->crate_name);
        return;
    }
    if (strcmp(input, "-") == 0) {
        snprintf(out, len, "rust_out");
        return;
    }
    const char *base = strrchr(input, '/');
    base = base ? base + 1 : input;
    const char *dot = strrchr(base, '.');
    size_t stem = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    snprintf(out, len, "%.*s", (int)stem, base);
}

void driver_crate_name(const struct options *opt, const char *input, char *out, size_t len)
{
    file_stem(opt, input, out, len);
    for (char *p = out; *p; p++)
        if (*p == '-')
            *p = '_';
}

void driver_crate_file_name(const struct options *opt, const char *input, enum crate_type t, char *out,
                            size_t len)
{
    char stem[1024], crate[1024];
    const char *extra = opt->extra_filename ? opt->extra_filename : "";
    file_stem(opt, input, stem, sizeof stem);
    driver_crate_name(opt, input, crate, sizeof crate);
    switch (t) {
    case CRATE_BIN:
        snprintf(out, len, "%s%s", stem, extra);
        break;
    case CRATE_LIB:
    case CRATE_RLIB:
        snprintf(out, len, "lib%s%s.rlib", crate, extra);
        break;
    case CRATE_STATICLIB:
        snprintf(out, len, "lib%s%s.a", crate, extra);
        break;
    case CRATE_DYLIB:
    case CRATE_CDYLIB:
    case CRATE_PROC_MACRO:
        snprintf(out, len, "lib%s%s.so", crate, extra);
        break;
    }
}

/* Where emit kind `k` goes, as rustc names it: --emit=KIND=PATH; -o when it
 * is the only output; else STEM EXTRA.d, STEM EXTRA.o, STEM EXTRA (link) and
 * libCRATE EXTRA.rmeta in --out-dir. With -o and several outputs, -o's stem
 * and folder stand for them (`-o x/a.out` gives x/a, x/a.d, x/liba.rmeta). */
static void output_path(const struct options *opt, unsigned emit, const char *input, enum emit_kind k, char *out,
                        size_t len)
{
    static const unsigned files = EMIT_BIT(EMIT_LINK) | EMIT_BIT(EMIT_OBJ) | EMIT_BIT(EMIT_DEP_INFO) |
                                  EMIT_BIT(EMIT_METADATA);
    if (opt->emit_path[k]) {
        snprintf(out, len, "%s", opt->emit_path[k]);
        return;
    }
    unsigned named = emit & files;
    if (opt->output && (named & (named - 1)) == 0) {
        snprintf(out, len, "%s", opt->output);
        return;
    }
    char dir[4096] = "", stem[1024], crate[1024];
    const char *extra = opt->extra_filename ? opt->extra_filename : "";
    if (opt->output) {
        const char *slash = strrchr(opt->output, '/');
        const char *base = slash ? slash + 1 : opt->output;
        if (slash)
            snprintf(dir, sizeof dir, "%.*s/", (int)(slash - opt->output), opt->output);
        const char *dot = strrchr(base, '.');
        snprintf(stem, sizeof stem, "%.*s", (int)(dot && dot != base ? (size_t)(dot - base) : strlen(base)), base);
        snprintf(crate, sizeof crate, "%s", stem);
        extra = "";
    } else {
        size_t dl = opt->out_dir ? strlen(opt->out_dir) : 0;
        if (dl)
            snprintf(dir, sizeof dir, "%s%s", opt->out_dir, opt->out_dir[dl - 1] == '/' ? "" : "/");
        file_stem(opt, input, stem, sizeof stem);
        driver_crate_name(opt, input, crate, sizeof crate);
    }
    switch (k) {
    case EMIT_OBJ:
        snprintf(out, len, "%s%s%s.o", dir, stem, extra);
        break;
    case EMIT_DEP_INFO:
        snprintf(out, len, "%s%s%s.d", dir, stem, extra);
        break;
    case EMIT_METADATA:
        snprintf(out, len, "%slib%s%s.rmeta", dir, crate, extra);
        break;
    default:
        snprintf(out, len, "%s%s%s", dir, stem, extra);
        break;
    }
}

/* cargo's pipelining reads these (--json=artifacts) as each output is written. */
static void artifact_notice(const struct options *opt, const char *path, const char *emit)
{
    if (opt->error_format != ERRFMT_JSON || !(opt->json & JSON_ARTIFACTS))
        return;
    fputs("{\"$message_type\":\"artifact\",\"artifact\":", stderr);
    json_write_string(stderr, path);
    fprintf(stderr, ",\"emit\":\"%s\"}\n", emit);
}

/* A path in make syntax, as rustc writes it: spaces escaped. */
static void dep_path(FILE *f, const char *path)
{
    for (const char *p = path; *p; p++) {
        if (*p == ' ')
            fputc('\\', f);
        fputc(*p, f);
    }
}

/* rustc's dep-info: a rule per output naming the sources it was made from,
 * then an empty rule per source (so make survives a deleted file). Cargo
 * reads it to know what to watch. The input is the only source: rustg-vk
 * reads no other file (no `mod foo;`, no include_str!). */
static int write_dep_info(const char *path, const char *input, const char *const *targets, int ntargets, char *err,
                          size_t errlen)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        snprintf(err, errlen, "couldn't create `%.400s`: %s", path, strerror(errno));
        return -1;
    }
    const char *src = strcmp(input, "-") == 0 ? NULL : input;
    for (int t = 0; t < ntargets; t++) {
        dep_path(f, targets[t]);
        fputs(": ", f);
        if (src)
            dep_path(f, src);
        fputs("\n\n", f);
    }
    if (src) {
        dep_path(f, src);
        fputs(":\n", f);
    }
    if (fclose(f) != 0) {
        snprintf(err, errlen, "couldn't write `%.400s`: %s", path, strerror(errno));
        unlink(path);
        return -1;
    }
    return 0;
}

static int run_phase(struct compile *c, const char *name, int (*phase)(struct compile *))
{
    double t0 = now_ms();
    int rc = phase(c);
    if (c->nphases < MAX_PHASES) {
        c->phase_name[c->nphases] = name;
        c->phase_host_ms[c->nphases] = now_ms() - t0;
        c->nphases++;
    }
    return rc;
}

static void print_times(const struct compile *c, double wall_ms)
{
    const struct vk_context *vk = c->vk;
    fprintf(stderr, "rustg-vk: pass timings on %s\n", vk->props.deviceName);
    fprintf(stderr, "%-8s %-24s %10s\n", "phase", "pass", "gpu ms");
    double gpu_total = 0;
    for (int i = 0; i < vk->time_count; i++) {
        fprintf(stderr, "%-8s %-24s %10.3f\n", vk->times[i].phase, vk->times[i].pass, vk->times[i].ms);
        gpu_total += vk->times[i].ms;
    }
    /* GPU totals per phase, in the order phases first ran (a host phase such
     * as codegen records passes of several: ir, codegen, layout). */
    fprintf(stderr, "phase totals (ms):");
    for (int i = 0; i < vk->time_count; i++) {
        int first = 1;
        for (int j = 0; j < i && first; j++)
            first = strcmp(vk->times[j].phase, vk->times[i].phase) != 0;
        if (!first)
            continue;
        double ms = 0;
        for (int j = i; j < vk->time_count; j++)
            if (strcmp(vk->times[j].phase, vk->times[i].phase) == 0)
                ms += vk->times[j].ms;
        fprintf(stderr, " %s %.3f", vk->times[i].phase, ms);
    }
    fprintf(stderr, "\nhost phase totals (ms):");
    double host_total = 0;
    for (int p = 0; p < c->nphases; p++) {
        host_total += c->phase_host_ms[p];
        if (p > 0 && strcmp(c->phase_name[p - 1], c->phase_name[p]) == 0)
            continue; /* one phase in steps (parse: LLP, then the tree) */
        double ms = 0;
        for (int q = p; q < c->nphases && strcmp(c->phase_name[q], c->phase_name[p]) == 0; q++)
            ms += c->phase_host_ms[q];
        fprintf(stderr, " %s %.3f", c->phase_name[p], ms);
    }
    fprintf(stderr, "\nhost: %.1f ms  gpu: %.1f ms  wall: %.1f ms\n", host_total, gpu_total, wall_ms);
}

int dump_tokens(struct compile *c, FILE *out);
int dump_typed_ast(struct compile *c, FILE *out);
int dump_cst(struct compile *c, FILE *out);
int dump_tree(struct compile *c, FILE *out);
int dump_tree_spans(struct compile *c, FILE *out);
int codegen_phase(struct compile *c);
int emit_object(struct compile *c, struct elf_object *obj, uint8_t **text, uint8_t **rela);

/* Writes the outputs `emit` names, in rustc's order (dep-info, metadata,
 * object, executable), each announced to cargo as it lands. A failure
 * removes what was written, so a failed compile leaves no output. */
static int write_outputs(const struct options *opt, unsigned emit, const char *input, const struct elf_object *obj,
                         char *err, size_t errlen)
{
    /* dep-info's rules name the outputs in this order, as rustc's do */
    static const enum emit_kind rule_order[] = {EMIT_DEP_INFO, EMIT_LINK, EMIT_OBJ, EMIT_METADATA};
    char paths[EMIT_KINDS][4096];
    const char *targets[4];
    int ntargets = 0;
    for (int i = 0; i < 4; i++) {
        enum emit_kind k = rule_order[i];
        if (emit & EMIT_BIT(k)) {
            output_path(opt, emit, input, k, paths[k], sizeof paths[k]);
            targets[ntargets++] = paths[k];
        }
    }
    const char *written[4];
    int nwritten = 0, rc = 0;
    if (emit & EMIT_BIT(EMIT_DEP_INFO)) {
        rc = write_dep_info(paths[EMIT_DEP_INFO], input, targets, ntargets, err, errlen);
        if (rc == 0) {
            written[nwritten++] = paths[EMIT_DEP_INFO];
            artifact_notice(opt, paths[EMIT_DEP_INFO], "dep-info");
        }
    }
    if (rc == 0 && (emit & EMIT_BIT(EMIT_METADATA))) {
        /* rustc 1.95 writes an empty .rmeta for a bin crate: nothing links
         * against a binary, and cargo only needs the file to exist. */
        FILE *f = fopen(paths[EMIT_METADATA], "wb");
        if (!f || fclose(f) != 0) {
            snprintf(err, errlen, "couldn't create `%.400s`: %s", paths[EMIT_METADATA], strerror(errno));
            rc = -1;
        } else {
            written[nwritten++] = paths[EMIT_METADATA];
            artifact_notice(opt, paths[EMIT_METADATA], "metadata");
        }
    }
    if (rc == 0 && obj && (emit & EMIT_BIT(EMIT_OBJ))) {
        rc = elf_write_object(paths[EMIT_OBJ], obj, err, errlen);
        if (rc == 0) {
            written[nwritten++] = paths[EMIT_OBJ];
            artifact_notice(opt, paths[EMIT_OBJ], "obj");
        }
    }
    if (rc == 0 && obj && (emit & EMIT_BIT(EMIT_LINK))) {
        rc = link_object_to_executable(paths[EMIT_LINK], obj, embedded_rt_x86_64, embedded_rt_x86_64_size, err,
                                       errlen);
        if (rc == 0)
            artifact_notice(opt, paths[EMIT_LINK], "link");
    }
    if (rc != 0)
        for (int i = 0; i < nwritten; i++)
            unlink(written[i]);
    return rc;
}

/* One input through the phases `opt` asks for, on an open device. */
/* A text dump (--emit=tokens, cst, ast) to `shared` (batched inputs), -o,
 * or stdout. */
static int write_dump(struct compile *c, const struct options *opt, FILE *shared,
                      int (*dump)(struct compile *, FILE *))
{
    FILE *out = shared ? shared : opt->output ? fopen(opt->output, "w") : stdout;
    if (!out) {
        snprintf(c->err, sizeof c->err, "couldn't create `%s`: %s", opt->output, strerror(errno));
        return -1;
    }
    int rc = dump(c, out);
    if (out != stdout && out != shared)
        fclose(out);
    return rc;
}

static int compile_one(struct vk_context *vk, const struct options *opt, const char *input, FILE *tokens_out)
{
    double t_start = now_ms();
    unsigned emit = opt->emit ? opt->emit : EMIT_BIT(EMIT_LINK);
    uint8_t *src = NULL;
    uint32_t n = 0;
    if (read_file(input, &src, &n))
        return 1;
    struct compile c;
    memset(&c, 0, sizeof c);
    c.vk = vk;
    c.path = strcmp(input, "-") == 0 ? "<anon>" : input; /* rustc's name for stdin */
    c.src = src;
    c.n = n;
    /* rustc checks literal suffixes after parsing (a macro body may use any);
     * dumps of the tokens or the syntax tree stop before that. */
    c.strict_literals = (emit & ~(unsigned)EMIT_DUMPS) != 0;
    c.edition = (uint32_t)opt->edition;
    c.error_format = (int)opt->error_format;
    c.json = opt->json;
    vk->time_count = 0;
    arena_init(&c.arena, vk);
    int rc = -1;
    if (vk_rec_begin(&c.rec, vk, c.err, sizeof c.err))
        goto done;
    c.src_buf = arena_alloc(&c.arena, (VkDeviceSize)n + 8);
    c.diags = arena_alloc(&c.arena, 16 + 4096 * 16);
    c.counts = arena_alloc(&c.arena, 256);
    if (c.arena.failed) {
        snprintf(c.err, sizeof c.err, "%s", c.arena.err);
        goto done;
    }
    /* A byte-order mark is whitespace to the lexer (rustc skips it). */
    if (n >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF)
        memset(src, ' ', 3);
    /* Zero the word padding so shaders reading whole words see no garbage. */
    uint32_t zero[2] = {0, 0};
    if (vk_buf_upload(vk, c.src_buf.buf, c.src_buf.off + (n & ~3u), zero, 8, c.err, sizeof c.err) ||
        vk_buf_upload(vk, c.src_buf.buf, c.src_buf.off, src, n, c.err, sizeof c.err) ||
        vk_buf_upload(vk, c.diags.buf, c.diags.off, zero, 8, c.err, sizeof c.err))
        goto done;

    rc = run_phase(&c, "lex", lex_phase);
    if (rc)
        goto done;
    if (emit & EMIT_BIT(EMIT_TOKENS)) {
        rc = write_dump(&c, opt, tokens_out, dump_tokens);
        goto done;
    }
    /* The grammar-driven parser takes all of Rust; its tree is lowered to
     * the Tier 0 tree sema reads, refusing what Tier 0 does not cover. */
    rc = run_phase(&c, "parse", llp_phase);
    if (rc)
        goto done;
    if (emit & EMIT_BIT(EMIT_CST)) {
        rc = write_dump(&c, opt, tokens_out, dump_cst);
        goto done;
    }
    rc = run_phase(&c, "parse", tree_phase);
    if (rc)
        goto done;
    if (emit & (EMIT_BIT(EMIT_AST) | EMIT_BIT(EMIT_AST_SPANS))) {
        rc = write_dump(&c, opt, tokens_out, (emit & EMIT_BIT(EMIT_AST)) ? dump_tree : dump_tree_spans);
        goto done;
    }
    rc = run_phase(&c, "lower", lower_phase);
    if (rc)
        goto done;
    /* dep-info alone stops after parsing, as rustc's does after expansion
     * (sccache asks for it to learn a crate's sources). */
    if (emit == EMIT_BIT(EMIT_DEP_INFO)) {
        rc = write_outputs(opt, emit, input, NULL, c.err, sizeof c.err);
        goto done;
    }
    rc = run_phase(&c, "sema", sema_phase);
    if (rc < 0 || (rc && !(emit & EMIT_BIT(EMIT_TYPED_AST)))) /* it shows the tree even with type errors */
        goto done;
    if (emit & EMIT_BIT(EMIT_TYPED_AST)) {
        FILE *out = opt->output ? fopen(opt->output, "w") : stdout;
        rc = out ? dump_typed_ast(&c, out) : -1;
        if (!out)
            snprintf(c.err, sizeof c.err, "couldn't create `%s`: %s", opt->output, strerror(errno));
        if (out && out != stdout)
            fclose(out);
        goto done;
    }
    /* metadata alone (cargo check) needs no code */
    if (!(emit & (EMIT_BIT(EMIT_LINK) | EMIT_BIT(EMIT_OBJ)))) {
        rc = write_outputs(opt, emit, input, NULL, c.err, sizeof c.err);
        goto done;
    }
    rc = run_phase(&c, "codegen", codegen_phase);
    if (rc)
        goto done;
    {
        struct elf_object obj;
        uint8_t *text = NULL, *rela = NULL;
        rc = emit_object(&c, &obj, &text, &rela);
        if (rc == 0)
            rc = write_outputs(opt, emit, input, &obj, c.err, sizeof c.err);
        free(text);
        free(rela);
    }
done:
    if (rc < 0)
        early_error(opt, NULL, "%s", c.err);
    if (opt->time_passes && rc >= 0)
        print_times(&c, now_ms() - t_start);
    vk_rec_end(&c.rec);
    arena_free(&c.arena);
    free(src);
    return rc == 0 ? 0 : 1;
}

/* mkdir -p */
static int make_dirs(const char *path)
{
    char buf[4096];
    if (snprintf(buf, sizeof buf, "%s", path) >= (int)sizeof buf) {
        errno = ENAMETOOLONG;
        return -1;
    }
    for (char *p = buf + 1;; p++) {
        if (*p != '/' && *p != 0)
            continue;
        char c = *p;
        *p = 0;
        if (mkdir(buf, 0777) != 0 && errno != EEXIST)
            return -1;
        *p = c;
        if (!c)
            break;
    }
    struct stat st;
    if (stat(buf, &st) != 0)
        return -1;
    if (!S_ISDIR(st.st_mode)) {
        errno = ENOTDIR;
        return -1;
    }
    return 0;
}

static const char *const crate_type_names[] = {"bin", "lib", "rlib", "dylib", "cdylib", "staticlib", "proc-macro"};

int driver_run(const struct options *opt)
{
    struct vk_context vk;
    char err[512];
    for (int k = 0; k < opt->ncrate_types; k++) {
        if (opt->crate_types[k] != CRATE_BIN) {
            early_error(opt, NULL, "rustg-vk does not support crate type `%s` yet (only `bin`)",
                        crate_type_names[opt->crate_types[k]]);
            return 1;
        }
    }
    /* rustc creates --out-dir, parents too (cargo relies on it for
     * target/debug/deps only after its first build). */
    if (opt->out_dir && make_dirs(opt->out_dir) != 0) {
        early_error(opt, NULL, "failed to find or create the directory specified by `--out-dir`");
        early_error(opt, NULL, "aborting due to 1 previous error");
        return 1;
    }
    /* link.c runs the linker RUSTG_VK_LD names. Its command line
     * (-static -nostdlib -o OUT OBJ...) suits ld and cc alike, so -C linker
     * may name either, as cargo's `linker` setting usually names cc. */
    if (opt->linker && setenv("RUSTG_VK_LD", opt->linker, 1) != 0) {
        early_error(opt, NULL, "cannot use linker `%s`: %s", opt->linker, strerror(errno));
        return 1;
    }
    const char *validate = getenv("RUSTG_VK_VALIDATE");
    if (vk_context_init(&vk, opt->device, validate && *validate == '1', err, sizeof err)) {
        fprintf(stderr, "error: %s\n", err);
        vk_context_destroy(&vk);
        return 1;
    }
    int rc = 0;
    if (opt->ninputs > 1 && !(opt->emit & EMIT_DUMPS)) {
        /* Batched compiles: each input's diagnostics on stderr between a
         * `# INPUT` line and a `# exit N` line, so a caller can split them. */
        for (int i = 0; i < opt->ninputs; i++) {
            fprintf(stderr, "# %s\n", opt->inputs[i]);
            fflush(stderr);
            int one = compile_one(&vk, opt, opt->inputs[i], NULL);
            fprintf(stderr, "# exit %d\n", one);
            fflush(stderr);
            rc |= one;
        }
    } else if (opt->ninputs > 1) {
        FILE *out = opt->output ? fopen(opt->output, "w") : stdout;
        if (!out) {
            fprintf(stderr, "error: couldn't create `%s`: %s\n", opt->output, strerror(errno));
            rc = 1;
        }
        for (int i = 0; out && i < opt->ninputs; i++) {
            fprintf(out, "# %s\n", opt->inputs[i]);
            if (compile_one(&vk, opt, opt->inputs[i], out)) {
                fprintf(out, "# error\n");
                rc = 1;
            }
        }
        if (out && out != stdout)
            fclose(out);
    } else {
        rc = compile_one(&vk, opt, opt->input, NULL);
    }
    int validation = vk.validation_messages;
    vk_context_destroy(&vk);
    if (validation) {
        fprintf(stderr, "rustg-vk: %d Vulkan validation message(s)\n", validation);
        return 3;
    }
    return rc;
}
