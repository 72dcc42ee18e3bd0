/* rustg-vk command line. */
#include "driver.h"
#include "vk/context.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: rustg-vk [OPTIONS] INPUT.rs\n"
            "\n"
            "Options:\n"
            "  -o FILE                 write output to FILE\n"
            "  --out-dir DIR           write outputs into DIR (several inputs: one compile each, in one process)\n"
            "  --emit=KIND             exe (default), obj, tokens, ast\n"
            "  --time-passes           print GPU time of every pass and host time per phase\n"
            "  --list-devices          list Vulkan devices and exit\n"
            "  --device INDEX|NAME     choose a Vulkan device (also RUSTG_VK_DEVICE)\n"
            "  -h, --help              print this help\n"
            "  -V, --version           print version\n");
}

int main(int argc, char **argv)
{
    struct options opt;
    memset(&opt, 0, sizeof opt);
    opt.emit = EMIT_EXE;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-o") == 0 && i + 1 < argc) {
            opt.output = argv[++i];
        } else if (strcmp(a, "--out-dir") == 0 && i + 1 < argc) {
            opt.out_dir = argv[++i];
        } else if (strncmp(a, "--out-dir=", 10) == 0) {
            opt.out_dir = a + 10;
        } else if (strncmp(a, "--emit=", 7) == 0 || (strcmp(a, "--emit") == 0 && i + 1 < argc)) {
            const char *k = a[6] == '=' ? a + 7 : argv[++i];
            if (strcmp(k, "exe") == 0 || strcmp(k, "link") == 0)
                opt.emit = EMIT_EXE;
            else if (strcmp(k, "obj") == 0)
                opt.emit = EMIT_OBJ;
            else if (strcmp(k, "tokens") == 0)
                opt.emit = EMIT_TOKENS;
            else if (strcmp(k, "ast") == 0)
                opt.emit = EMIT_AST;
            else if (strcmp(k, "cst") == 0)
                opt.emit = EMIT_CST;
            else {
                fprintf(stderr, "error: unknown emit type: `%s` (expected exe, obj, tokens or ast)\n", k);
                return 1;
            }
        } else if (strcmp(a, "--time-passes") == 0 || strcmp(a, "-Ztime-passes") == 0) {
            opt.time_passes = 1;
        } else if (strcmp(a, "--device") == 0 && i + 1 < argc) {
            opt.device = argv[++i];
        } else if (strncmp(a, "--device=", 9) == 0) {
            opt.device = a + 9;
        } else if (strcmp(a, "--list-devices") == 0) {
            char err[512];
            if (vk_list_devices(err, sizeof err)) {
                fprintf(stderr, "error: %s\n", err);
                return 1;
            }
            return 0;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("rustg-vk 0.1.0\n");
            return 0;
        } else if (a[0] == '-' && a[1] != 0) {
            fprintf(stderr, "error: unrecognized option '%s'\n\n", a);
            usage(stderr);
            return 1;
        } else {
            if (!opt.inputs)
                opt.inputs = calloc((size_t)argc, sizeof *opt.inputs);
            if (!opt.inputs)
                return 1;
            opt.inputs[opt.ninputs++] = a;
            opt.input = opt.inputs[0];
        }
    }
    /* Several inputs compile in one process, sharing the device and its
     * pipelines (the corpus comparison and the fuzzers use it). */
    if (opt.ninputs > 1 && opt.emit != EMIT_TOKENS && opt.emit != EMIT_CST && (!opt.out_dir || opt.output)) {
        fprintf(stderr, "error: multiple input filenames provided (first two filenames are `%s` and `%s`)\n",
                opt.inputs[0], opt.inputs[1]);
        free(opt.inputs);
        return 1;
    }
    if (!opt.input) {
        fprintf(stderr, "error: no input filename given\n\n");
        usage(stderr);
        return 1;
    }
    int rc = driver_run(&opt);
    free(opt.inputs);
    return rc;
}
