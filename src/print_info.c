/* -V, -vV and --print: what cargo asks a compiler before it builds anything
 * (cargo's probe is `- --crate-name ___ --print=file-names --crate-type bin
 * ... --print=sysroot --print=cfg`). */
#define _GNU_SOURCE /* dl_iterate_phdr */
#include "print_info.h"

#include "cli.h"
#include "generated/version.h"

#include <elf.h>
#include <limits.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HOST_TRIPLE "x86_64-unknown-linux-gnu"

/* The GNU build ID the linker put in this executable, in hex: it changes
 * with every change to the binary, so cargo's fingerprints and sccache's
 * keys (both hash `-vV`) see a rebuilt compiler as a different one. */
static int find_build_id(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    char *hex = data;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_NOTE)
            continue;
        const unsigned char *p = (const unsigned char *)(info->dlpi_addr + ph->p_vaddr);
        const unsigned char *end = p + ph->p_memsz;
        while (p + sizeof(ElfW(Nhdr)) <= end) {
            const ElfW(Nhdr) *nh = (const ElfW(Nhdr) *)p;
            const unsigned char *name = p + sizeof *nh;
            const unsigned char *desc = name + ((nh->n_namesz + 3) & ~3u);
            if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 && memcmp(name, "GNU", 4) == 0 &&
                nh->n_descsz <= 64) {
                for (unsigned k = 0; k < nh->n_descsz; k++)
                    sprintf(hex + 2 * k, "%02x", desc[k]);
                return 1;
            }
            p = desc + ((nh->n_descsz + 3) & ~3u);
        }
    }
    return 1; /* the first object is the executable: look no further */
}

int print_version(const struct options *opt)
{
    const char *hash = RUSTG_COMMIT_HASH, *date = RUSTG_COMMIT_DATE;
    /* sccache takes a compiler for rustc only if it is named `rustc` and its
     * -vV starts with "rustc ": run through such a link (the package has
     * one, lib/rustg-vk/bin/rustc), rustg-vk starts with the Rust release it
     * targets and says what it is in the parentheses. */
    char commit[64] = "";
    if (strcmp(hash, "unknown") != 0)
        snprintf(commit, sizeof commit, "%.9s %s", hash, date);
    if (opt->as_rustc)
        printf("rustc %s (rustg-vk %s%s%s)\n", RUSTG_RUST_RELEASE, RUSTG_VERSION, commit[0] ? " " : "", commit);
    else if (commit[0])
        printf("rustg-vk %s (%s)\n", RUSTG_VERSION, commit);
    else
        printf("rustg-vk %s\n", RUSTG_VERSION);
    if (!opt->verbose)
        return 0;
    char build_id[129] = "";
    dl_iterate_phdr(find_build_id, build_id);
    /* rustc's lines; `release:` is the Rust language level rustg-vk
     * targets (cargo reads it, and `host:`). */
    printf("binary: rustg-vk\n");
    printf("commit-hash: %s\n", hash);
    printf("commit-date: %s\n", date);
    if (build_id[0])
        printf("build-id: %s\n", build_id);
    printf("host: " HOST_TRIPLE "\n");
    printf("release: %s\n", RUSTG_RUST_RELEASE);
    return 0;
}

/* As rustc finds its sysroot: the folder above the one holding the
 * executable (/usr for /usr/bin/rustg-vk). */
static void sysroot(char *out, size_t len)
{
    char exe[PATH_MAX];
    if (!realpath("/proc/self/exe", exe)) {
        snprintf(out, len, "/usr");
        return;
    }
    for (int up = 0; up < 2; up++) {
        char *slash = strrchr(exe, '/');
        if (slash && slash != exe)
            *slash = 0;
        else
            snprintf(exe, sizeof exe, "/");
    }
    snprintf(out, len, "%s", exe);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* rustc 1.95's cfg for x86_64-unknown-linux-gnu, with the options' own. */
static void print_cfg(const struct options *opt, FILE *out)
{
    static const char *const target[] = {
        "panic=\"unwind\"",          "target_abi=\"\"",           "target_arch=\"x86_64\"",
        "target_endian=\"little\"",  "target_env=\"gnu\"",        "target_family=\"unix\"",
        "target_feature=\"fxsr\"",   "target_feature=\"sse\"",    "target_feature=\"sse2\"",
        "target_has_atomic=\"16\"",  "target_has_atomic=\"32\"",  "target_has_atomic=\"64\"",
        "target_has_atomic=\"8\"",   "target_has_atomic=\"ptr\"", "target_os=\"linux\"",
        "target_pointer_width=\"64\"", "target_vendor=\"unknown\"", "unix"};
    const char *all[sizeof target / sizeof target[0] + MAX_CFGS + 2];
    size_t n = 0;
    for (size_t k = 0; k < sizeof target / sizeof target[0]; k++)
        all[n++] = target[k];
    if (opt->debug_assertions == 1 || (opt->debug_assertions == -1 && opt->opt_level == 0))
        all[n++] = "debug_assertions";
    for (int k = 0; k < opt->ncrate_types; k++)
        if (opt->crate_types[k] == CRATE_PROC_MACRO) {
            all[n++] = "proc_macro";
            break;
        }
    for (int k = 0; k < opt->ncfgs; k++)
        all[n++] = opt->cfgs[k];
    qsort(all, n, sizeof all[0], cmp_str);
    for (size_t k = 0; k < n; k++)
        if (k == 0 || strcmp(all[k], all[k - 1]) != 0)
            fprintf(out, "%s\n", all[k]);
}

static int print_one(const struct options *opt, enum print_kind kind, FILE *out)
{
    char buf[4096];
    switch (kind) {
    case PRINT_FILE_NAMES:
    case PRINT_CRATE_NAME:
        if (!opt->input) {
            early_error(opt, NULL, "no input filename given");
            early_error(opt, NULL, "aborting due to 1 previous error");
            return 1;
        }
        if (kind == PRINT_CRATE_NAME) {
            driver_crate_name(opt, opt->input, buf, sizeof buf);
            fprintf(out, "%s\n", buf);
            break;
        }
        if (opt->ncrate_types == 0) {
            driver_crate_file_name(opt, opt->input, CRATE_BIN, buf, sizeof buf);
            fprintf(out, "%s\n", buf);
        }
        for (int k = 0; k < opt->ncrate_types; k++) {
            driver_crate_file_name(opt, opt->input, opt->crate_types[k], buf, sizeof buf);
            fprintf(out, "%s\n", buf);
        }
        break;
    case PRINT_SYSROOT:
        sysroot(buf, sizeof buf);
        fprintf(out, "%s\n", buf);
        break;
    case PRINT_TARGET_LIBDIR:
        sysroot(buf, sizeof buf);
        fprintf(out, "%s/lib/rustlib/" HOST_TRIPLE "/lib\n", buf);
        break;
    case PRINT_CFG:
        print_cfg(opt, out);
        break;
    case PRINT_TARGET_LIST:
    case PRINT_HOST_TUPLE:
        fprintf(out, HOST_TRIPLE "\n");
        break;
    case PRINT_SPLIT_DEBUGINFO:
        /* All accepted; with no debug info written there is nothing to split. */
        fprintf(out, "off\npacked\nunpacked\n");
        break;
    }
    return 0;
}

int print_requests(const struct options *opt)
{
    for (int k = 0; k < opt->nprints; k++) {
        FILE *out = opt->print_path[k] ? fopen(opt->print_path[k], "w") : stdout;
        if (!out) {
            early_error(opt, NULL, "couldn't create `%s`", opt->print_path[k]);
            return 1;
        }
        int rc = print_one(opt, opt->prints[k], out);
        if (out != stdout)
            fclose(out);
        if (rc)
            return rc;
    }
    return 0;
}
