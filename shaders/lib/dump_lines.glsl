// The two passes of a tree dump (--emit=cst, --emit=ast), one line per shown
// element: its name or its token's text, indented by depth. The including
// pass defines line_of(x) and a push block with src, tok_start, tok_end,
// names, offs, out_buf, copies and total, and line_of gives lo = 0xffffffff
// or a byte range lo..hi to end the line with.

// First pass: the length of every element's line, at its place in the output.
void measure_line(uint x)
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
        if (l.lo != 0xffffffffu)
            len += 2u + decimal_digits(l.lo) + decimal_digits(l.hi);
    }
    pc.offs.v[l.at] = len;
    copy_count(pc.copies, l.at, text);
}

// Second pass: every shown element writes its line.
void write_line(uint x)
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
    if (l.lo != 0xffffffffu) {
        put_byte(pc.out_buf, pos++, 32u);
        pos = put_decimal(pc.out_buf, pos, l.lo);
        put_byte(pc.out_buf, pos++, 32u);
        pos = put_decimal(pc.out_buf, pos, l.hi);
    }
    put_byte(pc.out_buf, pos, 10u);
}
