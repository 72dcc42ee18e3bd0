#version 460
// --emit=cst, first pass: the length of every element's line (dump_cst.glsl).
#include "common.glsl"
#include "dump.glsl"
#include "dump_cst.glsl"

void item(uint x)
{
    if (x >= pc.total)
        return;
    line l = line_of(x);
    uint len = 0u, text = 0u;
    if (l.shown) {
        len = 2u * l.depth + 1u;
        if (l.tok != 0xffffffffu) {
            text = pc.tok_end.v[l.tok] - pc.tok_start.v[l.tok];
            len += text;
        } else {
            len += name_len(pc.names.v[l.name]);
        }
    }
    pc.offs.v[l.at] = len;
    copy_count(pc.copies, l.at, text);
}

ELEMENTWISE_MAIN
