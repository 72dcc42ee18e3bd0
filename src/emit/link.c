/* Static linking through the system linker (GNU ld from binutils). */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include "emit/link.h"

#include "emit/elf.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || errlen == 0)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static char *str_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *s = malloc((size_t)n + 1);
    if (!s)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

/* A path the linker cannot mistake for an option. */
static char *arg_path(const char *path)
{
    return str_printf(path[0] == '-' ? "./%s" : "%s", path);
}

static const char *linker_program(void)
{
    const char *ld = getenv("RUSTG_VK_LD");
    return ld && ld[0] ? ld : "ld";
}

static char *make_private_dir(char *err, size_t errlen)
{
    const char *base = getenv("TMPDIR");
    if (!base || !base[0])
        base = "/tmp";
    char *dir = str_printf("%s/rustg-vk-XXXXXX", base);
    if (!dir) {
        set_err(err, errlen, "out of memory");
        return NULL;
    }
    if (!mkdtemp(dir)) {
        set_err(err, errlen, "cannot create a temporary directory in '%s': %s",
                base, strerror(errno));
        free(dir);
        return NULL;
    }
    return dir;
}

static int write_new_file(const char *path, const uint8_t *p, size_t n,
                          char *err, size_t errlen)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) {
        set_err(err, errlen, "cannot create '%s': %s", path, strerror(errno));
        return -1;
    }
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            set_err(err, errlen, "cannot write '%s': %s", path,
                    strerror(w < 0 ? errno : EIO));
            close(fd);
            unlink(path);
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    if (close(fd) != 0) {
        set_err(err, errlen, "cannot write '%s': %s", path, strerror(errno));
        unlink(path);
        return -1;
    }
    return 0;
}

/* Reserves a fresh name next to out_path (same directory, so the final rename
 * is atomic and an old executable survives a failed link). */
static char *reserve_temp_beside(const char *out_path, char *err, size_t errlen)
{
    static unsigned counter;
    for (int attempt = 0; attempt < 100; attempt++) {
        char *tmp = str_printf("%s.ld%ld.%u", out_path, (long)getpid(),
                               counter++);
        if (!tmp) {
            set_err(err, errlen, "out of memory");
            return NULL;
        }
        /* 0666: ld adds the execute bits to the mode this file has, so let
         * the umask decide it as for any new file (0755 typically). */
        int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0666);
        if (fd >= 0) {
            close(fd);
            return tmp;
        }
        int e = errno;
        free(tmp);
        if (e != EEXIST) {
            set_err(err, errlen, "cannot create '%s': %s", out_path,
                    strerror(e));
            return NULL;
        }
    }
    set_err(err, errlen, "cannot create '%s': no free temporary name", out_path);
    return NULL;
}

/* fork/execvp without a shell. A close-on-exec pipe carries execvp's errno
 * back, so "linker missing" is told apart from "linker failed". */
static int run_linker(const char *ld, char *const argv[], char *err,
                      size_t errlen)
{
    int pfd[2];
    if (pipe(pfd) != 0) {
        set_err(err, errlen, "cannot run linker `%s`: %s", ld, strerror(errno));
        return -1;
    }
    if (fcntl(pfd[0], F_SETFD, FD_CLOEXEC) != 0 ||
        fcntl(pfd[1], F_SETFD, FD_CLOEXEC) != 0) {
        set_err(err, errlen, "cannot run linker `%s`: %s", ld, strerror(errno));
        close(pfd[0]);
        close(pfd[1]);
        return -1;
    }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        set_err(err, errlen, "cannot run linker `%s`: %s", ld, strerror(errno));
        close(pfd[0]);
        close(pfd[1]);
        return -1;
    }
    if (pid == 0) {
        close(pfd[0]);
        execvp(ld, argv);
        int e = errno;
        ssize_t ignored = write(pfd[1], &e, sizeof e);
        (void)ignored;
        _exit(127);
    }
    close(pfd[1]);
    int exec_errno = 0;
    ssize_t got;
    do {
        got = read(pfd[0], &exec_errno, sizeof exec_errno);
    } while (got < 0 && errno == EINTR);
    close(pfd[0]);

    int status = 0;
    pid_t w;
    do {
        w = waitpid(pid, &status, 0);
    } while (w < 0 && errno == EINTR);
    if (w < 0) {
        set_err(err, errlen, "cannot wait for linker `%s`: %s", ld,
                strerror(errno));
        return -1;
    }
    if (got == (ssize_t)sizeof exec_errno) {
        if (exec_errno == ENOENT)
            set_err(err, errlen,
                    "linker `%s` not found; install the Debian package "
                    "binutils (or set RUSTG_VK_LD to a linker)",
                    ld);
        else
            set_err(err, errlen, "cannot run linker `%s`: %s", ld,
                    strerror(exec_errno));
        return -1;
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return 0;
    if (WIFSIGNALED(status))
        set_err(err, errlen, "linking with `%s` failed: killed by signal %d",
                ld, WTERMSIG(status));
    else
        set_err(err, errlen, "linking with `%s` failed: exit status %d", ld,
                WEXITSTATUS(status));
    return -1;
}

/* Links obj_path with the runtime written into dir (which the caller
 * removes). */
static int link_in_dir(const char *dir, const char *out_path,
                       const char *obj_path, const uint8_t *rt_obj,
                       size_t rt_obj_size, char *err, size_t errlen)
{
    int rc = -1;
    char *rt_path = str_printf("%s/rt.o", dir);
    char *obj_arg = arg_path(obj_path);
    char *tmp_out = NULL;
    char *out_arg = NULL;
    int rt_written = 0;
    if (!rt_path || !obj_arg) {
        set_err(err, errlen, "out of memory");
        goto done;
    }
    if (write_new_file(rt_path, rt_obj, rt_obj_size, err, errlen) != 0)
        goto done;
    rt_written = 1;
    tmp_out = reserve_temp_beside(out_path, err, errlen);
    if (!tmp_out)
        goto done;
    out_arg = arg_path(tmp_out);
    if (!out_arg) {
        set_err(err, errlen, "out of memory");
        goto done;
    }

    const char *ld = linker_program();
    char *argv[] = {(char *)ld, "-static", "-nostdlib", "-o", out_arg, obj_arg,
                    rt_path, NULL};
    if (run_linker(ld, argv, err, errlen) != 0)
        goto done;

    /* ld recreates its output with the executable mode the umask allows;
     * check it made something before putting it in place. */
    struct stat st;
    if (stat(tmp_out, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size == 0) {
        set_err(err, errlen, "linker `%s` produced no output", ld);
        goto done;
    }
    if (rename(tmp_out, out_path) != 0) {
        set_err(err, errlen, "cannot write '%s': %s", out_path,
                strerror(errno));
        goto done;
    }
    free(tmp_out);
    tmp_out = NULL;
    rc = 0;
done:
    if (tmp_out) {
        unlink(tmp_out);
        free(tmp_out);
    }
    if (rt_written)
        unlink(rt_path);
    free(out_arg);
    free(obj_arg);
    free(rt_path);
    return rc;
}

int link_executable(const char *out_path, const char *obj_path,
                    const uint8_t *rt_obj, size_t rt_obj_size, char *err,
                    size_t errlen)
{
    char *dir = make_private_dir(err, errlen);
    if (!dir)
        return -1;
    int rc = link_in_dir(dir, out_path, obj_path, rt_obj, rt_obj_size, err,
                         errlen);
    rmdir(dir);
    free(dir);
    return rc;
}

int link_object_to_executable(const char *out_path,
                              const struct elf_object *obj,
                              const uint8_t *rt_obj, size_t rt_obj_size,
                              char *err, size_t errlen)
{
    char *dir = make_private_dir(err, errlen);
    if (!dir)
        return -1;
    int rc = -1;
    char *obj_path = str_printf("%s/main.o", dir);
    if (!obj_path) {
        set_err(err, errlen, "out of memory");
    } else if (elf_write_object(obj_path, obj, err, errlen) == 0) {
        rc = link_in_dir(dir, out_path, obj_path, rt_obj, rt_obj_size, err,
                         errlen);
        unlink(obj_path);
    }
    free(obj_path);
    rmdir(dir);
    free(dir);
    return rc;
}
