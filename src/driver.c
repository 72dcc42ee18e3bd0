/* Phase order of one compile, output writing, and --time-passes. */
#include "driver.h"
#include "compile.h"
#include "emit/elf.h"
#include "emit/link.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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
    FILE *f = fopen(path, "rb");
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

/* The crate name rustc derives from the input path: its file stem, in
 * `dir` when --out-dir gives one. */
static void default_output(const char *input, const char *dir, const char *ext, char *out, size_t len)
{
    const char *base = strrchr(input, '/');
    base = base ? base + 1 : input;
    const char *dot = strrchr(base, '.');
    size_t stem = dot ? (size_t)(dot - base) : strlen(base);
    if (dir)
        snprintf(out, len, "%s/%.*s%s", dir, (int)stem, base, ext);
    else
        snprintf(out, len, "%.*s%s", (int)stem, base, ext);
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
        fprintf(stderr, " %s %.3f", c->phase_name[p], c->phase_host_ms[p]);
        host_total += c->phase_host_ms[p];
    }
    fprintf(stderr, "\nhost: %.1f ms  gpu: %.1f ms  wall: %.1f ms\n", host_total, gpu_total, wall_ms);
}

int dump_tokens(struct compile *c, FILE *out);
int dump_ast(struct compile *c, FILE *out);
int dump_cst(struct compile *c, FILE *out);
int codegen_phase(struct compile *c);
int emit_object(struct compile *c, struct elf_object *obj, uint8_t **text, uint8_t **rela);

/* One input through the phases `opt` asks for, on an open device. */
static int compile_one(struct vk_context *vk, const struct options *opt, const char *input, FILE *tokens_out)
{
    double t_start = now_ms();
    uint8_t *src = NULL;
    uint32_t n = 0;
    if (read_file(input, &src, &n))
        return 1;
    struct compile c;
    memset(&c, 0, sizeof c);
    c.vk = vk;
    c.path = input;
    c.src = src;
    c.n = n;
    c.strict_literals = opt->emit != EMIT_TOKENS;
    c.error_format = (int)opt->error_format;
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
    if (opt->emit == EMIT_TOKENS) {
        FILE *out = tokens_out ? tokens_out : opt->output ? fopen(opt->output, "w") : stdout;
        rc = out ? dump_tokens(&c, out) : -1;
        if (!out)
            snprintf(c.err, sizeof c.err, "couldn't create `%s`: %s", opt->output, strerror(errno));
        if (out && out != stdout && out != tokens_out)
            fclose(out);
        goto done;
    }
    if (opt->emit == EMIT_CST) { /* the grammar-driven parser, not yet feeding sema */
        rc = run_phase(&c, "parse", llp_phase);
        if (rc)
            goto done;
        FILE *out = tokens_out ? tokens_out : opt->output ? fopen(opt->output, "w") : stdout;
        rc = out ? dump_cst(&c, out) : -1;
        if (!out)
            snprintf(c.err, sizeof c.err, "couldn't create `%s`: %s", opt->output, strerror(errno));
        if (out && out != stdout && out != tokens_out)
            fclose(out);
        goto done;
    }
    rc = run_phase(&c, "parse", parse_phase);
    if (rc)
        goto done;
    rc = run_phase(&c, "sema", sema_phase);
    if (rc < 0 || (rc && opt->emit != EMIT_AST)) /* --emit=ast shows the tree even with type errors */
        goto done;
    if (opt->emit == EMIT_AST) {
        FILE *out = opt->output ? fopen(opt->output, "w") : stdout;
        rc = out ? dump_ast(&c, out) : -1;
        if (!out)
            snprintf(c.err, sizeof c.err, "couldn't create `%s`: %s", opt->output, strerror(errno));
        if (out && out != stdout)
            fclose(out);
        goto done;
    }
    rc = run_phase(&c, "codegen", codegen_phase);
    if (rc)
        goto done;
    {
        struct elf_object obj;
        uint8_t *text = NULL, *rela = NULL;
        rc = emit_object(&c, &obj, &text, &rela);
        if (rc == 0) {
            char out[4096];
            if (opt->output)
                snprintf(out, sizeof out, "%s", opt->output);
            else
                default_output(input, opt->out_dir, opt->emit == EMIT_OBJ ? ".o" : "", out, sizeof out);
            if (opt->emit == EMIT_OBJ)
                rc = elf_write_object(out, &obj, c.err, sizeof c.err);
            else
                rc = link_object_to_executable(out, &obj, embedded_rt_x86_64, embedded_rt_x86_64_size, c.err,
                                               sizeof c.err);
        }
        free(text);
        free(rela);
    }
done:
    if (rc < 0)
        fprintf(stderr, "error: %s\n", c.err);
    if (opt->time_passes && rc >= 0)
        print_times(&c, now_ms() - t_start);
    vk_rec_end(&c.rec);
    arena_free(&c.arena);
    free(src);
    return rc == 0 ? 0 : 1;
}

int driver_run(const struct options *opt)
{
    struct vk_context vk;
    char err[512];
    const char *validate = getenv("RUSTG_VK_VALIDATE");
    if (vk_context_init(&vk, opt->device, validate && *validate == '1', err, sizeof err)) {
        fprintf(stderr, "error: %s\n", err);
        vk_context_destroy(&vk);
        return 1;
    }
    int rc = 0;
    if (opt->ninputs > 1 && opt->emit != EMIT_TOKENS && opt->emit != EMIT_CST) {
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
