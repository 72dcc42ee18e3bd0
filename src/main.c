/* rustg-vk: parse the command line (cli.c), answer what needs no compile
 * (print_info.c), else compile (driver.c). */
#include "cli.h"
#include "driver.h"
#include "print_info.h"
#include "vk/context.h"

#include <stdio.h>

static int run(enum cli_action action, const struct options *opt)
{
    char err[512];
    switch (action) {
    case CLI_HELP:
        return 0;
    case CLI_ERROR:
        return 1;
    case CLI_VERSION:
        return print_version(opt);
    case CLI_PRINT:
        return print_requests(opt);
    case CLI_LIST_DEVICES:
        if (vk_list_devices(err, sizeof err)) {
            fprintf(stderr, "error: %s\n", err);
            return 1;
        }
        return 0;
    case CLI_COMPILE:
        break;
    }
    /* Several inputs compile in one process, sharing the device and its
     * pipelines (the corpus comparison and the fuzzers use it). */
    if (opt->ninputs > 1 && !(opt->emit & EMIT_DUMPS) &&
        (!opt->out_dir || opt->output || opt->crate_name)) { /* batched outputs are named by their inputs */
        early_error(opt, NULL, "multiple input filenames provided (first two filenames are `%s` and `%s`)",
                    opt->inputs[0], opt->inputs[1]);
        return 1;
    }
    if (!opt->input) {
        early_error(opt, NULL, "no input filename given");
        early_error(opt, NULL, "aborting due to 1 previous error");
        return 1;
    }
    return driver_run(opt);
}

int main(int argc, char **argv)
{
    if (argc <= 1) { /* as rustc: usage, and success */
        cli_usage(stdout);
        return 0;
    }
    struct options opt;
    int rc = run(cli_parse(argc, argv, &opt), &opt);
    cli_free(&opt);
    return rc;
}
