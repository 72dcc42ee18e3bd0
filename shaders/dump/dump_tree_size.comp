#version 460
// --emit=ast, first pass: the length of every element's line (dump_tree.glsl).
#include "common.glsl"
#include "dump.glsl"
#include "dump_tree.glsl"
#include "dump_lines.glsl"

void item(uint x) { measure_line(x); }

ELEMENTWISE_MAIN
