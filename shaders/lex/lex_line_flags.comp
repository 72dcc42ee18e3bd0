#version 460
// 1 for every newline byte: scanned into the line-start table. Also notes
// whether the source has any carriage return (counts[4]), so literals and doc
// comments of files without one skip the bare-CR check, and the first byte
// where the source stops being UTF-8 (counts[5] = n - position, 0 if none):
// rustc refuses to read such a file.
#include "common.glsl"
layout(push_constant) uniform Push { U32 src; U32 flags; U32 counts; uint n; } pc;

uint byte_or0(uint i) { return i < pc.n ? load_byte(pc.src, i) : 0u; }
bool cont(uint i) { return (byte_or0(i) & 0xc0u) == 0x80u; }

// Length of the well-formed UTF-8 sequence starting at i (0: none starts here).
uint seq_len(uint i)
{
    uint b = byte_or0(i);
    if (b < 0x80u)
        return 1u;
    uint b1 = byte_or0(i + 1u);
    if (b >= 0xc2u && b <= 0xdfu)
        return cont(i + 1u) ? 2u : 0u;
    if (b >= 0xe0u && b <= 0xefu) {
        bool ok1 = b == 0xe0u ? (b1 >= 0xa0u && b1 <= 0xbfu) : b == 0xedu ? (b1 >= 0x80u && b1 <= 0x9fu) : cont(i + 1u);
        return ok1 && cont(i + 2u) ? 3u : 0u;
    }
    if (b >= 0xf0u && b <= 0xf4u) {
        bool ok1 = b == 0xf0u ? (b1 >= 0x90u && b1 <= 0xbfu) : b == 0xf4u ? (b1 >= 0x80u && b1 <= 0x8fu) : cont(i + 1u);
        return ok1 && cont(i + 2u) && cont(i + 3u) ? 4u : 0u;
    }
    return 0u;
}

// Is byte i valid where it stands: a sequence starts here, or it continues
// one that started up to three bytes before?
bool valid_utf8_at(uint i)
{
    if (!cont(i))
        return seq_len(i) != 0u;
    for (uint k = 1u; k <= 3u && k <= i; k++)
        if (!cont(i - k))
            return seq_len(i - k) > k;
    return false;
}

void item(uint i)
{
    if (i >= pc.n)
        return;
    uint b = load_byte(pc.src, i);
    if (b >= 0x80u && !valid_utf8_at(i))
        atomicMax(pc.counts.v[5], pc.n - i);
    pc.flags.v[i] = b == 10u ? 1u : 0u;
    if (b == 13u)
        pc.counts.v[4] = 1u;
}

ELEMENTWISE_MAIN
