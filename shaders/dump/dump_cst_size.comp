#version 460
// --emit=cst, first pass: the length of every element's line (dump_cst.glsl).
#include "common.glsl"
#include "dump.glsl"
#include "dump_cst.glsl"
#include "dump_lines.glsl"

void item(uint x) { measure_line(x); }

ELEMENTWISE_MAIN
