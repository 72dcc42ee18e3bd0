/* rustg-vk runtime for x86-64 Linux: process entry, buffered stdout, panics.
 *
 * Freestanding (no libc): the compiled program is linked with
 * `ld -static -nostdlib`, so everything here talks to the kernel directly.
 * Build: -ffreestanding -fno-stack-protector -fno-pic -fno-builtin -nostdlib -O2
 *
 * Output must match what a rustc debug build prints, byte for byte. */
#include "common/abi.h"

#define RT_EXPORT __attribute__((visibility("default")))
#define RT_NORETURN __attribute__((noreturn))

/* Defined by the object rustg-vk writes for the user's crate. */
extern void rv_main(void);
extern const char rv_source_path[];
extern const unsigned long rv_source_path_len;

RT_EXPORT void rt_print_str(const unsigned char *p, unsigned long len);
RT_EXPORT void rt_print_i64(long v);
RT_EXPORT void rt_print_u64(unsigned long v);
RT_EXPORT void rt_print_bool(unsigned long v);
RT_EXPORT RT_NORETURN void rt_panic(unsigned long msg_id, unsigned long line,
                                    unsigned long col);
RT_EXPORT RT_NORETURN void rt_exit(long code);
void rt_start_c(void) __attribute__((used, noreturn));

enum { SYS_WRITE = 1, SYS_GETTID = 186, SYS_EXIT_GROUP = 231 };
enum { ERR_INTR = 4, ERR_AGAIN = 11 };

static long sys_call1(long n, long a)
{
    long ret;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(n), "D"(a)
                     : "rcx", "r11", "memory");
    return ret;
}

static long sys_call3(long n, long a, long b, long c)
{
    long ret;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(n), "D"(a), "S"(b), "d"(c)
                     : "rcx", "r11", "memory");
    return ret;
}

static RT_NORETURN void sys_exit_group(long code)
{
    for (;;)
        sys_call1(SYS_EXIT_GROUP, code);
}

/* Writes everything, retrying short writes and EINTR; gives up silently on
 * other errors (there is nowhere left to report them). */
static void write_all(int fd, const unsigned char *p, unsigned long len)
{
    while (len > 0) {
        long n = sys_call3(SYS_WRITE, fd, (long)p, (long)len);
        if (n == -ERR_INTR || n == -ERR_AGAIN)
            continue;
        if (n <= 0)
            return;
        p += n;
        len -= (unsigned long)n;
    }
}

/* rep movsb instead of a loop: GCC may turn a copy loop into a memcpy call,
 * even when freestanding. */
static void copy_bytes(unsigned char *dst, const unsigned char *src,
                       unsigned long n)
{
    __asm__ volatile("rep movsb"
                     : "+D"(dst), "+S"(src), "+c"(n)
                     :
                     : "memory");
}

/* GCC documents that freestanding code must still provide these, since it may
 * emit calls to them; weak so a future object of the user's may define its own. */
__attribute__((weak)) void *memcpy(void *dst, const void *src, unsigned long n)
{
    copy_bytes(dst, src, n);
    return dst;
}

__attribute__((weak)) void *memmove(void *dst, const void *src, unsigned long n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    if (d <= s || d >= s + n) {
        copy_bytes(d, s, n);
    } else {
        /* Overlapping with dst above src: copy backwards. */
        unsigned char *dl = d + n - 1;
        const unsigned char *sl = s + n - 1;
        __asm__ volatile("std\n\trep movsb\n\tcld"
                         : "+D"(dl), "+S"(sl), "+c"(n)
                         :
                         : "memory");
    }
    return dst;
}

__attribute__((weak)) void *memset(void *dst, int c, unsigned long n)
{
    void *d = dst;
    __asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(c) : "memory");
    return dst;
}

/* ---- stdout ---- */

#define OUT_CAP 65536UL
static unsigned char out_buf[OUT_CAP];
static unsigned long out_len;

static void out_flush(void)
{
    write_all(1, out_buf, out_len);
    out_len = 0;
}

void rt_print_str(const unsigned char *p, unsigned long len)
{
    if (len > OUT_CAP - out_len)
        out_flush();
    if (len >= OUT_CAP) {
        /* Larger than the buffer: pass it straight through. */
        write_all(1, p, len);
        return;
    }
    copy_bytes(out_buf + out_len, p, len);
    out_len += len;
}

/* Formats v in decimal at the end of buf[20]; returns the first digit. */
static unsigned char *format_u64(unsigned char buf[20], unsigned long v)
{
    unsigned char *p = buf + 20;
    do {
        *--p = (unsigned char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    return p;
}

void rt_print_u64(unsigned long v)
{
    unsigned char buf[20];
    unsigned char *p = format_u64(buf, v);
    rt_print_str(p, (unsigned long)(buf + 20 - p));
}

void rt_print_i64(long v)
{
    unsigned char buf[21];
    /* Negate in unsigned arithmetic so i64::MIN needs no special case. */
    unsigned long mag = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    unsigned char *p = format_u64(buf + 1, mag);
    if (v < 0)
        *--p = '-';
    rt_print_str(p, (unsigned long)(buf + 21 - p));
}

void rt_print_bool(unsigned long v)
{
    if (v)
        rt_print_str((const unsigned char *)"true", 4);
    else
        rt_print_str((const unsigned char *)"false", 5);
}

/* ---- exit and panic ---- */

void rt_exit(long code)
{
    out_flush();
    sys_exit_group(code); /* the kernel keeps code & 0xff, as Rust's exit does */
}

/* A small stack buffer for the panic message, so it leaves in few writes. */
struct err_writer {
    unsigned char buf[512];
    unsigned long len;
};

static void err_put(struct err_writer *w, const char *p, unsigned long len)
{
    while (len > 0) {
        unsigned long room = sizeof w->buf - w->len;
        unsigned long n = len < room ? len : room;
        copy_bytes(w->buf + w->len, (const unsigned char *)p, n);
        w->len += n;
        p += n;
        len -= n;
        if (w->len == sizeof w->buf) {
            write_all(2, w->buf, w->len);
            w->len = 0;
        }
    }
}

static unsigned long cstr_len(const char *s)
{
    unsigned long n = 0;
    while (s[n])
        n++;
    return n;
}

static void err_puts(struct err_writer *w, const char *s)
{
    err_put(w, s, cstr_len(s));
}

static void err_put_u64(struct err_writer *w, unsigned long v)
{
    unsigned char buf[20];
    unsigned char *p = format_u64(buf, v);
    err_put(w, (const char *)p, (unsigned long)(buf + 20 - p));
}

/* rustc's wording, checked against rustc 1.95 debug builds. */
static const char *const panic_messages[PANIC_COUNT] = {
    [PANIC_ADD_OVERFLOW] = "attempt to add with overflow",
    [PANIC_SUB_OVERFLOW] = "attempt to subtract with overflow",
    [PANIC_MUL_OVERFLOW] = "attempt to multiply with overflow",
    [PANIC_DIV_ZERO] = "attempt to divide by zero",
    [PANIC_REM_ZERO] = "attempt to calculate the remainder with a divisor of zero",
    [PANIC_DIV_OVERFLOW] = "attempt to divide with overflow",
    [PANIC_REM_OVERFLOW] = "attempt to calculate the remainder with overflow",
    [PANIC_NEG_OVERFLOW] = "attempt to negate with overflow",
    [PANIC_SHL_OVERFLOW] = "attempt to shift left with overflow",
    [PANIC_SHR_OVERFLOW] = "attempt to shift right with overflow",
};

void rt_panic(unsigned long msg_id, unsigned long line, unsigned long col)
{
    /* Rust's stdout is line-buffered: complete lines are out before the
     * panic message, a trailing partial line only at exit. Reproduce that
     * order for when stdout and stderr share a file. */
    unsigned long lines_end = out_len;
    while (lines_end > 0 && out_buf[lines_end - 1] != '\n')
        lines_end--;
    write_all(1, out_buf, lines_end);

    struct err_writer w;
    w.len = 0;
    /* The main thread's id is the process id, which rustc prints. */
    err_puts(&w, "\nthread 'main' (");
    err_put_u64(&w, (unsigned long)sys_call1(SYS_GETTID, 0));
    err_puts(&w, ") panicked at ");
    err_put(&w, rv_source_path, rv_source_path_len);
    err_puts(&w, ":");
    err_put_u64(&w, line);
    err_puts(&w, ":");
    err_put_u64(&w, col);
    err_puts(&w, ":\n");
    if (msg_id < PANIC_COUNT) {
        err_puts(&w, panic_messages[msg_id]);
    } else {
        err_puts(&w, "rustg-vk runtime: unknown panic message id ");
        err_put_u64(&w, msg_id);
    }
    err_puts(&w, "\nnote: run with `RUST_BACKTRACE=1` environment variable "
                 "to display a backtrace\n");
    write_all(2, w.buf, w.len);

    write_all(1, out_buf + lines_end, out_len - lines_end);
    out_len = 0;
    sys_exit_group(101);
}

/* ---- entry ---- */

void rt_start_c(void)
{
    rv_main();
    out_flush();
    sys_exit_group(0);
}

/* The kernel enters with rsp at argc, 16-byte aligned, but nothing promises
 * it, so align before the call; rbp = 0 ends frame-pointer walks here. */
__asm__(".text\n"
        ".globl _start\n"
        ".type _start, @function\n"
        "_start:\n"
        "    xor %ebp, %ebp\n"
        "    and $-16, %rsp\n"
        "    call rt_start_c\n"
        "    hlt\n"
        ".size _start, . - _start\n");
