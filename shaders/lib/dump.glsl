// Text dumps made on the GPU: each element measures its line, a scan gives
// offsets, each element writes its bytes (atomicOr into a zeroed buffer, as
// lines are not word-aligned).
layout(push_constant) uniform Push {
    U32 src; U32 tok_kind; U32 tok_start; U32 tok_end; U32 names; U32 offs; U32 out_buf; uint n;
} pc;

uint decimal_digits(uint v)
{
    uint d = 1u;
    while (v >= 10u) {
        v /= 10u;
        d++;
    }
    return d;
}

void put_byte(uint pos, uint b) { atomicOr(pc.out_buf.v[pos >> 2], (b & 0xffu) << ((pos & 3u) * 8u)); }

uint put_decimal(uint pos, uint v)
{
    uint d = decimal_digits(v);
    for (uint i = 0u; i < d; i++) {
        put_byte(pos + d - 1u - i, 48u + v % 10u);
        v /= 10u;
    }
    return pos + d;
}

uint put_source(uint pos, uint s, uint e)
{
    for (uint i = s; i < e; i++)
        put_byte(pos++, load_byte(pc.src, i));
    return pos;
}

// names: per token kind a word (offset | length << 16 | wrap << 31) of its
// name in the character words that follow; wrapped names (Kw(, Punct() take
// the token's text and a `)`.
uint name_word(uint kind) { return pc.names.v[kind]; }
uint name_len(uint w) { return ((w >> 16) & 0x7fffu); }
bool name_wraps(uint w) { return (w >> 31) != 0u; }
