/* What rustg-vk answers without compiling: -V, -vV and --print requests. */
#ifndef RUSTG_PRINT_INFO_H
#define RUSTG_PRINT_INFO_H

#include "driver.h"

/* -V / --version, and with -v the lines cargo reads (`host:`, `release:`).
 * Returns the exit code. */
int print_version(const struct options *opt);

/* opt->prints, in order, each on stdout or into its --print=KIND=PATH file.
 * Returns the exit code. */
int print_requests(const struct options *opt);

#endif
