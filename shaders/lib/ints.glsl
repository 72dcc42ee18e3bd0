// Integer types and values shared by sema (constant evaluation) and the
// code generator: widths, normalisation to a type, MIN/MAX, literal values.
// The includer defines INT_BYTE(i), a source byte.
#include "ast.h"

bool ty_signed(uint t) { return t >= TY_I8 && t <= TY_ISIZE; }
bool ty_unsigned(uint t) { return t >= TY_U8 && t <= TY_USIZE; }
uint ty_bits(uint t)
{
    if (t == TY_I8 || t == TY_U8) return 8u;
    if (t == TY_I16 || t == TY_U16) return 16u;
    if (t == TY_I32 || t == TY_U32) return 32u;
    return 64u;
}
// A 64-bit value normalised to type t (sign- or zero-extended).
uint64_t ty_norm(uint64_t x, uint t)
{
    uint b = ty_bits(t);
    if (b == 64u || t == TY_BOOL)
        return x;
    uint64_t m = (uint64_t(1) << b) - 1ul;
    x &= m;
    if (ty_signed(t) && ((x >> (b - 1u)) & 1ul) != 0ul)
        x |= ~m;
    return x;
}
uint64_t ty_min(uint t) { return ty_signed(t) ? (~uint64_t(0)) << (ty_bits(t) - 1u) : 0ul; }
uint64_t ty_max(uint t)
{
    if (ty_signed(t)) return ~ty_min(t);
    return ty_bits(t) == 64u ? ~uint64_t(0) : (uint64_t(1) << ty_bits(t)) - 1ul;
}

// The value of an integer literal's digits [s, e) (any base, `_`s, a
// suffix ignored), wrapping past 64 bits (sema reports those as too large).
uint64_t literal_value(uint s, uint e)
{
    uint radix = 10u, i = s;
    if (e - s >= 2u && INT_BYTE(s) == 0x30u) {
        uint c1 = INT_BYTE(s + 1u);
        if (c1 == 0x78u) radix = 16u;
        else if (c1 == 0x6fu) radix = 8u;
        else if (c1 == 0x62u) radix = 2u;
        if (radix != 10u)
            i += 2u;
    }
    uint64_t v = 0ul;
    for (; i < e; i++) {
        uint c = INT_BYTE(i), d;
        if (c == 0x5fu)
            continue;
        if (c >= 0x30u && c <= 0x39u) d = c - 0x30u;
        else if (radix == 16u && c >= 0x61u && c <= 0x66u) d = c - 0x61u + 10u;
        else if (radix == 16u && c >= 0x41u && c <= 0x46u) d = c - 0x41u + 10u;
        else break;
        if (d >= radix)
            break;
        v = v * uint64_t(radix) + uint64_t(d);
    }
    return v;
}
