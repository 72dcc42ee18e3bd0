// Text dumps made on the GPU: each element measures its line, a scan gives
// offsets, each element writes its bytes (atomicOr into a zeroed buffer, as
// lines are not word-aligned).

uint decimal_digits(uint v)
{
    uint d = 1u;
    while (v >= 10u) {
        v /= 10u;
        d++;
    }
    return d;
}

void put_byte(U32 out_buf, uint pos, uint b) { atomicOr(out_buf.v[pos >> 2], (b & 0xffu) << ((pos & 3u) * 8u)); }

uint put_decimal(U32 out_buf, uint pos, uint v)
{
    uint d = decimal_digits(v);
    for (uint i = 0u; i < d; i++) {
        put_byte(out_buf, pos + d - 1u - i, 48u + v % 10u);
        v /= 10u;
    }
    return pos + d;
}

uint put_source(U32 out_buf, U32 src, uint pos, uint s, uint e)
{
    for (uint i = s; i < e; i++)
        put_byte(out_buf, pos++, load_byte(src, i));
    return pos;
}

#define DUMP_NAME_COUNT 1024u // src/dump.c DUMP_NAMES
// A name table: `count` words (offset | length << 16 | wrap << 31) indexing
// the characters that follow them.
uint name_len(uint w) { return (w >> 16) & 0x7fffu; }
bool name_wraps(uint w) { return (w >> 31) != 0u; }

uint put_name(U32 out_buf, U32 names, uint count, uint pos, uint w)
{
    for (uint i = 0u; i < name_len(w); i++) {
        uint at = count * 4u + (w & 0xffffu) + i;
        put_byte(out_buf, pos++, (names.v[at >> 2] >> ((at & 3u) * 8u)) & 0xffu);
    }
    return pos;
}

// Token texts can be long (a string literal of 400 KB): they are copied by
// dump_copy.comp in DUMP_CHUNK-byte pieces, never by one invocation, as
// lavapipe ends an invocation's loops after 65535 iterations in all. The copy
// table has columns of n + 1 words: chunk counts (then scanned), source
// start, destination, length.
#define DUMP_CHUNK 256u
void copy_count(U32 copies, uint e, uint len) { copies.v[e] = (len + DUMP_CHUNK - 1u) / DUMP_CHUNK; }
void copy_job(U32 copies, uint n, uint e, uint src, uint dst, uint len)
{
    copies.v[(n + 1u) + e] = src;
    copies.v[2u * (n + 1u) + e] = dst;
    copies.v[3u * (n + 1u) + e] = len;
}
