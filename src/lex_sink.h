/* The ends of block comments and raw strings nested deeper than the lexer's
 * DFA counts (tools/lexgen.c): such a construct sends the DFA into a sink
 * state that runs to the end of the file; these scans find where it truly
 * ends, so that byte can be given an override class that leaves the sink. */
#ifndef RUSTG_LEX_SINK_H
#define RUSTG_LEX_SINK_H

#include "compile.h"

#define LEX_SINK_NONE 0xffffffffu

/* The last byte of the construct whose sink the DFA entered at byte `entry`
 * (kind: 0 comment, 1 raw string), or LEX_SINK_NONE when it is unterminated
 * (or not a raw string at all: `r#####x`). `after`: the end of the previous
 * resolved construct; `work`: n + 1 words of scratch. Records, submits and
 * reads back. */
int lex_sink_end(struct compile *c, VkDeviceAddress states, struct gpu_ref work, uint32_t entry, int kind,
                 uint32_t after, uint32_t *end);

#endif
