/* rustg-vk runtime for x86-64 Linux: process entry, buffered stdout, panics,
 * stack-overflow reporting.
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
RT_EXPORT void rt_set_stream(unsigned long fd);
RT_EXPORT void rt_panic_begin(unsigned long line, unsigned long col);
RT_EXPORT RT_NORETURN void rt_panic_end(void);
RT_EXPORT RT_NORETURN void rt_panic(unsigned long msg_id, unsigned long line,
                                    unsigned long col);
RT_EXPORT RT_NORETURN void rt_exit(long code);
void rt_start_c(unsigned long initial_sp) __attribute__((used, noreturn));

enum {
    SYS_WRITE = 1,
    SYS_RT_SIGACTION = 13,
    SYS_RT_SIGPROCMASK = 14,
    SYS_RT_SIGRETURN = 15,
    SYS_GETPID = 39,
    SYS_SIGALTSTACK = 131,
    SYS_GETTID = 186,
    SYS_EXIT_GROUP = 231,
    SYS_TGKILL = 234,
    SYS_PRLIMIT64 = 302,
};
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

static long sys_call4(long n, long a, long b, long c, long d)
{
    long ret;
    register long r10 __asm__("r10") = d;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10)
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

/* eprint!/eprintln! print between rt_set_stream(2) and rt_set_stream(1):
 * straight to fd 2, as Rust's stderr is unbuffered. */
static int to_stderr;

void rt_print_str(const unsigned char *p, unsigned long len)
{
    if (to_stderr) {
        write_all(2, p, len);
        return;
    }
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

/* Rust's stdout is line-buffered: complete lines are out before a panic or
 * stack-overflow message, a trailing partial line only at exit. Writes the
 * complete lines buffered so far; returns where the partial line starts. */
static unsigned long out_flush_lines(void)
{
    unsigned long lines_end = out_len;
    while (lines_end > 0 && out_buf[lines_end - 1] != '\n')
        lines_end--;
    write_all(1, out_buf, lines_end);
    return lines_end;
}

/* "\nthread 'main' (TID)": the main thread's id is the process id, which
 * rustc prints since 1.89. */
static void err_put_thread(struct err_writer *w)
{
    err_puts(w, "\nthread 'main' (");
    err_put_u64(w, (unsigned long)sys_call1(SYS_GETTID, 0));
    err_puts(w, ")");
}

/* Rust's stdout is line-buffered: its complete lines are out before what
 * eprint! writes. */
void rt_set_stream(unsigned long fd)
{
    if (fd == 2 && !to_stderr) {
        unsigned long lines_end = out_flush_lines();
        copy_bytes(out_buf, out_buf + lines_end, out_len - lines_end); /* forwards: dst < src */
        out_len -= lines_end;
    }
    to_stderr = fd == 2;
}

static void panic_header(struct err_writer *w, unsigned long line, unsigned long col)
{
    err_put_thread(w);
    err_puts(w, " panicked at ");
    err_put(w, rv_source_path, rv_source_path_len);
    err_puts(w, ":");
    err_put_u64(w, line);
    err_puts(w, ":");
    err_put_u64(w, col);
    err_puts(w, ":\n");
}

static const char panic_note[] = "\nnote: run with `RUST_BACKTRACE=1` environment variable "
                                 "to display a backtrace\n";

/* panic!, unreachable!, todo!: the header, then (the code's own prints,
 * to stderr) the message, then rt_panic_end. */
void rt_panic_begin(unsigned long line, unsigned long col)
{
    rt_set_stream(2);
    struct err_writer w;
    w.len = 0;
    panic_header(&w, line, col);
    write_all(2, w.buf, w.len);
}

void rt_panic_end(void)
{
    write_all(2, (const unsigned char *)panic_note, sizeof panic_note - 1);
    write_all(1, out_buf, out_len);
    out_len = 0;
    sys_exit_group(101);
}

void rt_panic(unsigned long msg_id, unsigned long line, unsigned long col)
{
    /* Complete lines first, the partial one after the message, as rustc's
     * order is when stdout and stderr share a file. */
    unsigned long lines_end = out_flush_lines();

    struct err_writer w;
    w.len = 0;
    panic_header(&w, line, col);
    if (msg_id < PANIC_COUNT) {
        err_puts(&w, panic_messages[msg_id]);
    } else {
        err_puts(&w, "rustg-vk runtime: unknown panic message id ");
        err_put_u64(&w, msg_id);
    }
    err_puts(&w, panic_note);
    write_all(2, w.buf, w.len);

    write_all(1, out_buf + lines_end, out_len - lines_end);
    out_len = 0;
    sys_exit_group(101);
}

/* ---- stack overflow ----
 *
 * The kernel grows the main thread's stack on demand up to RLIMIT_STACK and
 * answers an access beyond that with SIGSEGV. Like Rust's std, a handler on
 * an alternate signal stack tells such a fault from any other: it prints
 * rustc's message and aborts with SIGABRT (exit status 134); other faults
 * die of their signal as they would without the handler. */

enum { SIG_ABRT = 6, SIG_BUS = 7, SIG_SEGV = 11 };
enum { SIG_UNBLOCK = 1 };
#define SA_SIGINFO_ 0x00000004UL
#define SA_RESTORER_ 0x04000000UL
#define SA_ONSTACK_ 0x08000000UL
#define RLIMIT_STACK_ 3
#define RLIM_INFINITY_ (~0UL)

/* The kernel's struct sigaction for rt_sigaction (not glibc's). */
struct k_sigaction {
    void (*handler)(int, void *, void *);
    unsigned long flags;
    void (*restorer)(void);
    unsigned long mask; /* sigsetsize 8 */
};

/* struct sigaltstack / stack_t */
struct k_stack {
    void *sp;
    int flags;
    unsigned long size;
};

/* Offsets into siginfo_t and ucontext_t (x86-64): si_code, si_addr, and
 * uc_mcontext.gregs[REG_RSP]. */
#define SI_CODE_OFF 8
#define SI_ADDR_OFF 16
#define UC_RSP_OFF (40 + 15 * 8)

/* Faults this close below the stack pointer are the stack's: a push or call
 * writes 8 bytes below it, leaf code uses the 128-byte red zone. */
#define NEAR_SP 65536UL

/* Enough for the kernel's signal frame with the largest XSAVE state
 * (AVX-512, AMX) and the handler's own few hundred bytes. */
#define ALT_STACK_SIZE 65536UL
static unsigned char alt_stack[ALT_STACK_SIZE] __attribute__((aligned(64)));

/* The main stack: [stack_lo, stack_hi). stack_hi is the stack pointer at
 * entry (argc; above it only argv, the environment and the auxiliary
 * vector); stack_lo is how far RLIMIT_STACK lets the stack grow from there,
 * 0 when unlimited. */
static unsigned long stack_hi, stack_lo;

void rt_sigreturn_stub(void);
__asm__(".text\n"
        ".type rt_sigreturn_stub, @function\n"
        "rt_sigreturn_stub:\n"
        "    mov $15, %eax\n" /* SYS_RT_SIGRETURN */
        "    syscall\n"
        "    hlt\n"
        ".size rt_sigreturn_stub, . - rt_sigreturn_stub\n");

static void set_action(int sig, void (*handler)(int, void *, void *),
                       unsigned long flags)
{
    struct k_sigaction sa;
    sa.handler = handler;
    sa.flags = flags | SA_RESTORER_;
    sa.restorer = rt_sigreturn_stub;
    sa.mask = 0;
    sys_call4(SYS_RT_SIGACTION, sig, (long)&sa, 0, sizeof sa.mask);
}

static int is_stack_overflow(unsigned long addr, unsigned long sp)
{
    if (addr >= stack_hi)
        return 0;
    /* Within (or a frame's width beyond) the stack's allowed range. */
    if (stack_lo != 0 && addr + NEAR_SP >= stack_lo)
        return 1;
    /* At or just below the stack pointer at the fault: also catches frames
     * larger than NEAR_SP and an unlimited stack running into a mapping. */
    return addr + NEAR_SP >= sp;
}

static RT_NORETURN void abort_process(void)
{
    /* As libc's abort: SIGABRT with its default action, unblocked. */
    set_action(SIG_ABRT, 0 /* SIG_DFL */, 0);
    unsigned long set = 1UL << (SIG_ABRT - 1);
    sys_call4(SYS_RT_SIGPROCMASK, SIG_UNBLOCK, (long)&set, 0, sizeof set);
    sys_call3(SYS_TGKILL, sys_call1(SYS_GETPID, 0), sys_call1(SYS_GETTID, 0),
              SIG_ABRT);
    sys_exit_group(128 + SIG_ABRT);
}

static void fault_handler(int sig, void *info, void *ucontext)
{
    int code = *(const int *)((const unsigned char *)info + SI_CODE_OFF);
    unsigned long addr =
        *(const unsigned long *)((const unsigned char *)info + SI_ADDR_OFF);
    unsigned long sp =
        *(const unsigned long *)((const unsigned char *)ucontext + UC_RSP_OFF);

    /* si_code > 0: raised by the kernel for a fault, so si_addr is real. */
    if (code > 0 && is_stack_overflow(addr, sp)) {
        /* The partial line is lost, as in Rust's abort. */
        out_flush_lines();
        out_len = 0;
        struct err_writer w;
        w.len = 0;
        err_put_thread(&w);
        err_puts(&w, " has overflowed its stack\n"
                     "fatal runtime error: stack overflow, aborting\n");
        write_all(2, w.buf, w.len);
        abort_process();
    }

    /* Any other fault: back to the default action. Returning re-executes
     * the faulting instruction, which now kills the process; a signal sent
     * by kill() is sent again, and is delivered once the handler returns. */
    set_action(sig, 0 /* SIG_DFL */, 0);
    if (code <= 0)
        sys_call3(SYS_TGKILL, sys_call1(SYS_GETPID, 0),
                  sys_call1(SYS_GETTID, 0), sig);
}

static void install_stack_overflow_handler(unsigned long initial_sp)
{
    stack_hi = initial_sp;
    unsigned long rlim[2]; /* struct rlimit64: cur, max */
    stack_lo = 0;
    if (sys_call4(SYS_PRLIMIT64, 0, RLIMIT_STACK_, 0, (long)rlim) == 0 &&
        rlim[0] != RLIM_INFINITY_ && rlim[0] < initial_sp)
        stack_lo = initial_sp - rlim[0];

    struct k_stack ss;
    ss.sp = alt_stack;
    ss.flags = 0;
    ss.size = ALT_STACK_SIZE;
    if (sys_call3(SYS_SIGALTSTACK, (long)&ss, 0, 0) != 0)
        return; /* no alternate stack: the handler could not run anyway */
    set_action(SIG_SEGV, fault_handler, SA_SIGINFO_ | SA_ONSTACK_);
    set_action(SIG_BUS, fault_handler, SA_SIGINFO_ | SA_ONSTACK_);
}

/* ---- entry ---- */

void rt_start_c(unsigned long initial_sp)
{
    install_stack_overflow_handler(initial_sp);
    rv_main();
    out_flush();
    sys_exit_group(0);
}

/* The kernel enters with rsp at argc, 16-byte aligned, but nothing promises
 * it, so align before the call; rbp = 0 ends frame-pointer walks here. The
 * entry rsp, the top of the stack as the program uses it, is the argument. */
__asm__(".text\n"
        ".globl _start\n"
        ".type _start, @function\n"
        "_start:\n"
        "    xor %ebp, %ebp\n"
        "    mov %rsp, %rdi\n"
        "    and $-16, %rsp\n"
        "    call rt_start_c\n"
        "    hlt\n"
        ".size _start, . - _start\n");
