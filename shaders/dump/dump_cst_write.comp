#version 460
// --emit=cst, second pass: every shown element writes its line.
#include "common.glsl"
#include "dump.glsl"
#include "dump_cst.glsl"

void item(uint x)
{
    if (x >= pc.total)
        return;
    line l = line_of(x);
    if (!l.shown)
        return;
    uint pos = pc.offs.v[l.at];
    for (uint i = 0u; i < 2u * l.depth; i++)
        put_byte(pc.out_buf, pos++, 32u);
    if (l.tok != 0xffffffffu) {
        uint s = pc.tok_start.v[l.tok], e = pc.tok_end.v[l.tok];
        copy_job(pc.copies, pc.total, l.at, s, pos, e - s);
        pos += e - s;
    } else {
        pos = put_name(pc.out_buf, pc.names, DUMP_NAME_COUNT, pos, pc.names.v[l.name]);
    }
    put_byte(pc.out_buf, pos, 10u);
}

ELEMENTWISE_MAIN
