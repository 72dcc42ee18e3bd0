#version 460
// --emit=ast, second pass: every shown element writes its line.
#include "common.glsl"
#include "dump.glsl"
#include "dump_tree.glsl"
#include "dump_lines.glsl"

void item(uint x) { write_line(x); }

ELEMENTWISE_MAIN
