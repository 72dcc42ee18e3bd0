/* Wording of the LLP parser's syntax errors (src/llp_diag.c). */
#ifndef RUSTG_LLP_DIAG_H
#define RUSTG_LLP_DIAG_H

#include <stddef.h>
#include <stdint.h>

/* "expected expression" or "expected one of `)`, `,`" for a DIAG_LLP_*
 * record with argument `arg`; `prev` is the terminal before the offending one
 * (arg >> 16 for DIAG_LLP_UNEXPECTED). The caller adds ", found ...".
 * Returns 1 when the message asks for a `;` (rustc then points just past the
 * previous token if the offending one is on a later line). */
int llp_expected_message(uint32_t code, uint32_t arg, uint32_t prev, char *buf, size_t len);

#endif
