/* Unit test of the ELF writer, the linker driver and the runtime: hand-made
 * x86-64 code (standing in for the GPU's) is written as an object, linked with
 * the runtime and run.
 *
 * usage: test_emit RT_OBJ_PATH */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include "common/abi.h"
#include "emit/elf.h"
#include "emit/link.h"

#include <dirent.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *source_path = "src/main.rs";
static char work_dir[] = "/tmp/test_emit-XXXXXX";
static char tmp_dir[512]; /* TMPDIR for the linker driver, must stay empty */
static uint8_t *rt_obj;
static size_t rt_obj_size;

static int fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("test_emit: FAIL: ", stdout);
    vprintf(fmt, ap);
    fputc('\n', stdout);
    va_end(ap);
    return 1;
}

static uint8_t *read_whole(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    uint8_t *buf = malloc(cap);
    for (;;) {
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        if (got == 0)
            break;
        n += got;
    }
    fclose(f);
    *size = n;
    return buf;
}

/* ---- a tiny x86-64 assembler standing in for the GPU code generator ---- */

struct code {
    uint8_t text[80000];
    size_t len;
    uint8_t rela[64 * ELF_RELA_SIZE];
    size_t nrela;
};

static void put_le(uint8_t *p, uint64_t v, int n)
{
    for (int i = 0; i < n; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static void emit(struct code *c, const void *bytes, size_t n)
{
    memcpy(c->text + c->len, bytes, n);
    c->len += n;
}

static void emit_u8(struct code *c, uint8_t b) { emit(c, &b, 1); }

static void emit_le(struct code *c, uint64_t v, int n)
{
    put_le(c->text + c->len, v, n);
    c->len += (size_t)n;
}

/* A rel32 field at the current position, relocated as the GPU would. */
static void emit_reloc32(struct code *c, uint32_t sym, uint32_t type,
                         int64_t addend)
{
    uint8_t *r = c->rela + c->nrela++ * ELF_RELA_SIZE;
    put_le(r, c->len, 8);
    put_le(r + 8, ((uint64_t)sym << 32) | type, 8);
    put_le(r + 16, (uint64_t)addend, 8);
    emit_le(c, 0, 4);
}

static void call_sym(struct code *c, uint32_t sym)
{
    emit_u8(c, 0xE8); /* call rel32 */
    emit_reloc32(c, sym, RELOC_X86_64_PLT32, -4);
}

static void mov_rdi_imm64(struct code *c, uint64_t v)
{
    emit(c, "\x48\xBF", 2); /* movabs rdi, imm64 */
    emit_le(c, v, 8);
}

static void mov_esi_imm32(struct code *c, uint32_t v)
{
    emit_u8(c, 0xBE);
    emit_le(c, v, 4);
}

static void mov_edx_imm32(struct code *c, uint32_t v)
{
    emit_u8(c, 0xBA);
    emit_le(c, v, 4);
}

/* lea rdi, [rip + text_offset], via the .text section symbol. */
static void lea_rdi_text(struct code *c, size_t text_offset)
{
    emit(c, "\x48\x8D\x3D", 3);
    emit_reloc32(c, SYM_TEXT_SECTION, RELOC_X86_64_PC32,
                 (int64_t)text_offset - 4);
}

/* Data placed at the start of .text, before rv_main. */
static size_t emit_data(struct code *c, const void *p, size_t n)
{
    size_t off = c->len;
    emit(c, p, n);
    return off;
}

static void print_text(struct code *c, size_t off, size_t len)
{
    lea_rdi_text(c, off);
    mov_esi_imm32(c, (uint32_t)len);
    call_sym(c, SYM_RT_PRINT_STR);
}

static void align_text(struct code *c)
{
    while (c->len % 16)
        emit_u8(c, 0xCC);
}

static struct elf_object object_of(const struct code *c, size_t main_offset)
{
    return (struct elf_object){.machine = ELF_MACHINE_X86_64,
                               .text = c->text,
                               .text_size = c->len,
                               .rela_text = c->rela,
                               .rela_count = c->nrela,
                               .main_offset = main_offset,
                               .source_path = source_path};
}

/* ---- running the results ---- */

struct run {
    int exit_code; /* -1 when killed by a signal */
    pid_t pid;
    uint8_t *out, *err;
    size_t out_size, err_size;
};

/* Runs exe with stdout and stderr in files, or both in one when merged. */
static int run_exe(const char *exe, int merged, struct run *r)
{
    char out_path[600], err_path[600];
    snprintf(out_path, sizeof out_path, "%s/stdout", work_dir);
    snprintf(err_path, sizeof err_path, "%s/stderr", work_dir);
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        int o = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int e = merged ? o : open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (o < 0 || e < 0)
            _exit(126);
        dup2(o, 1);
        dup2(e, 2);
        execl(exe, exe, (char *)NULL);
        _exit(127);
    }
    int status;
    if (waitpid(pid, &status, 0) != pid)
        return -1;
    r->pid = pid;
    r->exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r->out = read_whole(out_path, &r->out_size);
    r->err = merged ? NULL : read_whole(err_path, &r->err_size);
    unlink(out_path);
    unlink(err_path);
    return r->out ? 0 : -1;
}

static void free_run(struct run *r)
{
    free(r->out);
    free(r->err);
}

static int same(const uint8_t *got, size_t got_size, const char *want,
                size_t want_size)
{
    return got && got_size == want_size && memcmp(got, want, want_size) == 0;
}

static int build(const char *name, const struct code *c, size_t main_offset,
                 char *exe, size_t exe_cap)
{
    char obj[600], err[512];
    snprintf(obj, sizeof obj, "%s/%s.o", work_dir, name);
    snprintf(exe, exe_cap, "%s/%s", work_dir, name);
    struct elf_object eo = object_of(c, main_offset);
    if (elf_write_object(obj, &eo, err, sizeof err) != 0)
        return fail("%s: elf_write_object: %s", name, err);
    if (link_executable(exe, obj, rt_obj, rt_obj_size, err, sizeof err) != 0)
        return fail("%s: link_executable: %s", name, err);
    unlink(obj);
    return 0;
}

static char *panic_text(pid_t pid, const char *msg, int line, int col)
{
    static char buf[512];
    snprintf(buf, sizeof buf,
             "\nthread 'main' (%ld) panicked at %s:%d:%d:\n%s\n"
             "note: run with `RUST_BACKTRACE=1` environment variable to "
             "display a backtrace\n",
             (long)pid, source_path, line, col, msg);
    return buf;
}

/* Numbers, bools, strings, and enough output to flush the buffer several
 * times, including one string larger than the buffer. */
static int test_print(void)
{
    static struct code c;
    enum { BIG = 70000, LOOP = 20000 };
    size_t nl = emit_data(&c, "\n", 1);
    size_t hello = emit_data(&c, "hello, world\n", 13);
    size_t big = c.len;
    memset(c.text + c.len, 'x', BIG);
    c.len += BIG;
    emit_data(&c, "\n", 1);
    align_text(&c);
    size_t main_off = c.len;

    emit_u8(&c, 0x53); /* push rbx: saves it and aligns the stack */
    mov_rdi_imm64(&c, (uint64_t)INT64_MIN);
    call_sym(&c, SYM_RT_PRINT_I64);
    print_text(&c, nl, 1);
    mov_rdi_imm64(&c, UINT64_MAX);
    call_sym(&c, SYM_RT_PRINT_U64);
    print_text(&c, nl, 1);
    mov_rdi_imm64(&c, (uint64_t)INT64_MAX);
    call_sym(&c, SYM_RT_PRINT_I64);
    print_text(&c, nl, 1);
    mov_rdi_imm64(&c, (uint64_t)-42);
    call_sym(&c, SYM_RT_PRINT_I64);
    print_text(&c, nl, 1);
    mov_rdi_imm64(&c, 0);
    call_sym(&c, SYM_RT_PRINT_I64);
    print_text(&c, nl, 1);
    mov_rdi_imm64(&c, 0);
    call_sym(&c, SYM_RT_PRINT_U64);
    print_text(&c, nl, 1);
    mov_rdi_imm64(&c, 1);
    call_sym(&c, SYM_RT_PRINT_BOOL);
    print_text(&c, nl, 1);
    mov_rdi_imm64(&c, 0);
    call_sym(&c, SYM_RT_PRINT_BOOL);
    print_text(&c, nl, 1);
    print_text(&c, hello, 13);
    print_text(&c, big, BIG + 1);
    /* for (ebx = LOOP; ebx != 0; ebx--) print ebx, "\n" */
    emit_u8(&c, 0xBB); /* mov ebx, imm32 */
    emit_le(&c, LOOP, 4);
    size_t loop = c.len;
    emit(&c, "\x89\xDF", 2); /* mov edi, ebx */
    call_sym(&c, SYM_RT_PRINT_U64);
    print_text(&c, nl, 1);
    emit(&c, "\xFF\xCB\x0F\x85", 4); /* dec ebx; jnz rel32 */
    emit_le(&c, (uint64_t)(int64_t)((int64_t)loop - (int64_t)(c.len + 4)), 4);
    emit_u8(&c, 0x5B); /* pop rbx */
    emit_u8(&c, 0xC3); /* ret */

    char exe[600];
    if (build("print", &c, main_off, exe, sizeof exe))
        return 1;

    size_t want_cap = 400 + BIG + LOOP * 7;
    char *want = malloc(want_cap);
    size_t n = (size_t)snprintf(want, want_cap,
                                "-9223372036854775808\n18446744073709551615\n"
                                "9223372036854775807\n-42\n0\n0\ntrue\nfalse\n"
                                "hello, world\n");
    memset(want + n, 'x', BIG);
    n += BIG;
    want[n++] = '\n';
    for (int i = LOOP; i != 0; i--)
        n += (size_t)snprintf(want + n, want_cap - n, "%d\n", i);

    struct run r;
    int rc = 0;
    if (run_exe(exe, 0, &r) != 0)
        rc = fail("print: cannot run %s", exe);
    else if (r.exit_code != 0)
        rc = fail("print: exit code %d, want 0", r.exit_code);
    else if (!same(r.out, r.out_size, want, n))
        rc = fail("print: stdout differs (%zu bytes, want %zu)", r.out_size, n);
    else if (r.err_size != 0)
        rc = fail("print: unexpected stderr");
    if (rc == 0)
        free_run(&r);
    free(want);
    unlink(exe);
    return rc;
}

/* A panic: stdout's complete lines come before the message, a trailing
 * partial line after it, as with rustc's line-buffered stdout. */
static int test_panic(void)
{
    static struct code c;
    size_t before = emit_data(&c, "before\ntail", 11);
    align_text(&c);
    size_t main_off = c.len;
    emit(&c, "\x48\x83\xEC\x08", 4); /* sub rsp, 8: align the stack */
    print_text(&c, before, 11);
    mov_rdi_imm64(&c, PANIC_ADD_OVERFLOW);
    mov_esi_imm32(&c, 3);
    mov_edx_imm32(&c, 5);
    call_sym(&c, SYM_RT_PANIC);
    emit_u8(&c, 0x0F); /* ud2: rt_panic does not return */
    emit_u8(&c, 0x0B);

    char exe[600];
    if (build("panic", &c, main_off, exe, sizeof exe))
        return 1;
    struct run r;
    if (run_exe(exe, 0, &r) != 0)
        return fail("panic: cannot run %s", exe);
    const char *msg = panic_text(r.pid, "attempt to add with overflow", 3, 5);
    if (r.exit_code != 101)
        return fail("panic: exit code %d, want 101", r.exit_code);
    if (!same(r.out, r.out_size, "before\ntail", 11))
        return fail("panic: stdout differs");
    if (!same(r.err, r.err_size, msg, strlen(msg)))
        return fail("panic: stderr is\n%.*s\nwant\n%s", (int)r.err_size,
                    (const char *)r.err, msg);
    free_run(&r);

    if (run_exe(exe, 1, &r) != 0)
        return fail("panic: cannot run %s", exe);
    msg = panic_text(r.pid, "attempt to add with overflow", 3, 5);
    char want[1024];
    snprintf(want, sizeof want, "before\n%stail", msg);
    if (!same(r.out, r.out_size, want, strlen(want)))
        return fail("panic: merged output is\n%.*s\nwant\n%s", (int)r.out_size,
                    (const char *)r.out, want);
    free_run(&r);
    unlink(exe);
    return 0;
}

/* rt_exit flushes stdout and exits with the code modulo 256. */
static int test_exit(void)
{
    static struct code c;
    size_t abc = emit_data(&c, "abc", 3);
    align_text(&c);
    size_t main_off = c.len;
    emit(&c, "\x48\x83\xEC\x08", 4);
    print_text(&c, abc, 3);
    mov_rdi_imm64(&c, 300);
    call_sym(&c, SYM_RT_EXIT);
    emit(&c, "\x0F\x0B", 2);

    char exe[600];
    if (build("exit", &c, main_off, exe, sizeof exe))
        return 1;
    struct run r;
    if (run_exe(exe, 0, &r) != 0)
        return fail("exit: cannot run %s", exe);
    if (r.exit_code != 300 % 256)
        return fail("exit: exit code %d, want %d", r.exit_code, 300 % 256);
    if (!same(r.out, r.out_size, "abc", 3))
        return fail("exit: stdout differs");
    free_run(&r);
    unlink(exe);
    return 0;
}

static int dir_is_empty(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return 0;
    int empty = 1;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            empty = 0;
    closedir(d);
    return empty;
}

/* Failures report a message and leave no partial files behind. */
static int test_errors(void)
{
    static struct code c;
    emit_u8(&c, 0xC3);
    struct elf_object eo = object_of(&c, 0);
    char err[512], obj[600], exe[600];

    err[0] = 0;
    if (elf_write_object("/nonexistent-dir-rustg/x.o", &eo, err, sizeof err) != -1 ||
        !err[0])
        return fail("errors: writing into a missing directory did not fail");
    eo.machine = 3;
    err[0] = 0;
    if (elf_write_object("/tmp/never-written.o", &eo, err, sizeof err) != -1 ||
        !err[0])
        return fail("errors: a bad machine type was accepted");
    eo.machine = ELF_MACHINE_X86_64;

    snprintf(obj, sizeof obj, "%s/ret.o", work_dir);
    snprintf(exe, sizeof exe, "%s/ret", work_dir);
    if (elf_write_object(obj, &eo, err, sizeof err) != 0)
        return fail("errors: elf_write_object: %s", err);

    /* A missing linker names the package to install. */
    setenv("RUSTG_VK_LD", "rustg-vk-no-such-linker", 1);
    err[0] = 0;
    int rc = link_executable(exe, obj, rt_obj, rt_obj_size, err, sizeof err);
    unsetenv("RUSTG_VK_LD");
    if (rc != -1 || !strstr(err, "binutils"))
        return fail("errors: missing linker: rc %d, message '%s'", rc, err);
    if (access(exe, F_OK) == 0)
        return fail("errors: missing linker left %s", exe);

    /* A failing link keeps an older output as it was. */
    FILE *f = fopen(exe, "w");
    fputs("old", f);
    fclose(f);
    static const uint8_t junk[] = "not an object file";
    err[0] = 0;
    printf("test_emit: (a linker error about rt.o is expected next)\n");
    fflush(stdout);
    rc = link_executable(exe, obj, junk, sizeof junk, err, sizeof err);
    if (rc != -1 || !err[0])
        return fail("errors: linking junk: rc %d", rc);
    size_t old_size;
    uint8_t *old = read_whole(exe, &old_size);
    if (!same(old, old_size, "old", 3))
        return fail("errors: failed link changed %s", exe);
    free(old);
    unlink(exe);
    unlink(obj);

    /* The one-step path: object and runtime in the private directory. */
    if (link_object_to_executable(exe, &eo, rt_obj, rt_obj_size, err,
                                  sizeof err) != 0)
        return fail("errors: link_object_to_executable: %s", err);
    struct run r;
    if (run_exe(exe, 0, &r) != 0 || r.exit_code != 0 || r.out_size != 0)
        return fail("errors: empty program misbehaved");
    free_run(&r);
    struct stat st;
    if (stat(exe, &st) != 0 || !(st.st_mode & S_IXUSR))
        return fail("errors: output is not executable");
    unlink(exe);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_emit RT_OBJ_PATH\n");
        return 2;
    }
    rt_obj = read_whole(argv[1], &rt_obj_size);
    if (!rt_obj)
        return fail("cannot read runtime object %s", argv[1]);
    if (!mkdtemp(work_dir))
        return fail("cannot create a work directory");
    /* The linker driver's private directories go here, so leaks show. */
    snprintf(tmp_dir, sizeof tmp_dir, "%s/tmp", work_dir);
    if (mkdir(tmp_dir, 0700) != 0)
        return fail("cannot create %s", tmp_dir);
    setenv("TMPDIR", tmp_dir, 1);

    int rc = test_print() || test_panic() || test_exit() || test_errors();
    if (rc == 0 && !dir_is_empty(tmp_dir))
        rc = fail("temporary files left in %s", tmp_dir);
    rmdir(tmp_dir);
    if (rc == 0 && !dir_is_empty(work_dir))
        rc = fail("files left in %s", work_dir);
    if (rc == 0) {
        rmdir(work_dir);
        printf("test_emit: ok\n");
    }
    free(rt_obj);
    return rc;
}
