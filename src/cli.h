/* rustg-vk's command line: rustc's options as cargo and build tools pass
 * them, plus rustg-vk's own (--emit=tokens|ast, --device, --time-passes). */
#ifndef RUSTG_CLI_H
#define RUSTG_CLI_H

#include "driver.h"

#include <stdio.h>

enum cli_action {
    CLI_COMPILE,      /* compile opt->inputs */
    CLI_PRINT,        /* answer opt->prints, compile nothing */
    CLI_VERSION,      /* -V, -vV */
    CLI_HELP,         /* -h, --help (already printed) */
    CLI_LIST_DEVICES, /* --list-devices */
    CLI_ERROR,        /* a refused command line (already reported): exit 1 */
};

/* Parses argv into *opt (zeroed first); cli_free releases what it allocated. */
enum cli_action cli_parse(int argc, char **argv, struct options *opt);
void cli_free(struct options *opt);

/* --help; docs/rustg-vk.1 lists the same options (tests/man_test.sh checks). */
void cli_usage(FILE *f);

/* An error that belongs to no source location (a refused option, a crate
 * type rustg-vk does not build), rendered per opt->error_format as rustc
 * renders its early errors. `note`, when not NULL, is an `= note:` line. */
void early_error(const struct options *opt, const char *note, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* A JSON string literal for `s`. */
void json_write_string(FILE *f, const char *s);

#endif
