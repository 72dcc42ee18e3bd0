#version 460
// Kind of every lexeme, from the state it ends in and its first bytes;
// keywords and punctuation resolved to token kinds; trivia marked dropped.
// Work per lexeme stays small and bounded: lavapipe ends an invocation's
// loops after 65535 iterations in all, so long literals are checked byte by
// byte in lex_escapes.comp.
#include "common.glsl"
#include "diag.glsl"
#include "lex_tables.glsl"
#include "tokens.h"
layout(push_constant) uniform Push {
    U32 src; U32 table; U32 states; U32 starts; U32 lexeme_start; U32 lexeme_kind; U32 keep; U32 diags;
    U32 line_start; U32 counts; U32 xid; uint n; uint strict;
} pc;

uint byte_at(uint i) { return load_byte(pc.src, i); }

uint keyword_or_ident(uint start, uint len)
{
    if (len > 8u)
        return TK_IDENT;
    uint w0 = 0u, w1 = 0u;
    for (uint k = 0u; k < len; k++) {
        uint b = byte_at(start + k);
        if (k < 4u)
            w0 |= b << (8u * k);
        else
            w1 |= b << (8u * (k - 4u));
    }
    uint k = pc.table.v[LEX_OFF_KW_SLOT + lex_slot(w0, w1, len, KW_HASH_MUL)];
    if (k == 0u)
        return TK_IDENT;
    uint e = LEX_OFF_KW + 3u * (k - 1u);
    if (pc.table.v[e] == w0 && pc.table.v[e + 1u] == w1 && pc.table.v[e + 2u] == len)
        return TK_KW_FIRST + k - 1u;
    return TK_IDENT;
}

uint punct_kind(uint start, uint len)
{
    uint w = 0u;
    for (uint k = 0u; k < len && k < 4u; k++)
        w |= byte_at(start + k) << (8u * k);
    uint k = pc.table.v[LEX_OFF_PUNCT_SLOT + lex_slot(w, 0u, len, PUNCT_HASH_MUL)];
    if (k != 0u && pc.table.v[LEX_OFF_PUNCT + k - 1u] == w)
        return TK_PUNCT_FIRST + k - 1u;
    return TK_INVALID;
}

bool is_digit(uint b) { return b >= 48u && b <= 57u; }

// A decimal literal with an exponent or a float suffix is a float.
uint number_kind(uint start, uint end)
{
    uint b0 = byte_at(start);
    uint b1 = end - start > 1u ? byte_at(start + 1u) : 0u;
    if (b0 == 48u && (b1 == 120u || b1 == 111u || b1 == 98u)) // 0x 0o 0b
        return TK_INT;
    // The first byte after the digits decides: an exponent (e followed by a
    // digit or sign) or an f32/f64 suffix make a float; i32, usize.. an integer.
    uint i = start;
    while (i < end && (is_digit(byte_at(i)) || byte_at(i) == 95u))
        i++;
    if (i >= end)
        return TK_INT;
    uint b = byte_at(i);
    uint nb = i + 1u < end ? byte_at(i + 1u) : 0u;
    if ((b == 101u || b == 69u) && (is_digit(nb) || nb == 43u || nb == 45u || nb == 95u))
        return TK_FLOAT;
    if (b == 102u)
        return TK_FLOAT;
    return TK_INT;
}

uint utf8_decode(uint i, out uint len)
{
    uint b0 = byte_at(i);
    if (b0 < 0x80u) {
        len = 1u;
        return b0;
    }
    if (b0 >= 0xF0u) {
        len = 4u;
        return ((b0 & 7u) << 18) | ((byte_at(i + 1u) & 63u) << 12) | ((byte_at(i + 2u) & 63u) << 6) |
               (byte_at(i + 3u) & 63u);
    }
    if (b0 >= 0xE0u) {
        len = 3u;
        return ((b0 & 15u) << 12) | ((byte_at(i + 1u) & 63u) << 6) | (byte_at(i + 2u) & 63u);
    }
    if (b0 >= 0xC0u) {
        len = 2u;
        return ((b0 & 31u) << 6) | (byte_at(i + 1u) & 63u);
    }
    len = 1u;
    return 0xFFFDu; // a stray continuation byte
}

// Binary search of Unicode ranges (tools/xidgen.c's table).
bool in_ranges(uint base, uint count, uint cp)
{
    uint lo = 0u, hi = count;
    while (lo < hi) {
        uint mid = (lo + hi) / 2u;
        if (pc.xid.v[base + 2u * mid + 1u] < cp)
            lo = mid + 1u;
        else
            hi = mid;
    }
    return lo < count && pc.xid.v[base + 2u * lo] <= cp;
}

bool ascii_alpha(uint b) { return (b >= 97u && b <= 122u) || (b >= 65u && b <= 90u); }

// Non-ASCII identifiers: XID_Start then XID_Continue, as rustc requires.
void check_ident(uint start, uint end)
{
    bool high = false;
    for (uint i = start; i < end && !high; i++)
        high = byte_at(i) >= 0x80u;
    if (!high)
        return;
    uint ns = pc.xid.v[0], nc = pc.xid.v[1];
    bool first = true;
    uint i = start;
    if (byte_at(i) == 39u)
        i++;
    else if (byte_at(i) == 114u && i + 1u < end && byte_at(i + 1u) == 35u)
        i += 2u;
    while (i < end) {
        uint len;
        uint cp = utf8_decode(i, len);
        bool ok = cp < 128u ? (ascii_alpha(cp) || cp == 95u || (!first && is_digit(cp)))
                            : (first ? in_ranges(2u, ns, cp) : in_ranges(2u + 2u * ns, nc, cp));
        if (!ok) {
            diag_emit(pc.diags, DIAG_UNKNOWN_CHAR, i, i + len, cp);
            return;
        }
        first = false;
        i += len;
    }
}

// `r#self`, `r#super`, `r#crate`, `r#Self` and `r#_` are not raw identifiers.
void check_raw_ident(uint start, uint end)
{
    uint len = end - start - 2u;
    uint w0 = 0u, w1 = 0u;
    for (uint k = 0u; k < len && k < 8u; k++) {
        if (k < 4u)
            w0 |= byte_at(start + 2u + k) << (8u * k);
        else
            w1 |= byte_at(start + 2u + k) << (8u * (k - 4u));
    }
    bool bad = (len == 1u && w0 == 95u) || (len == 4u && (w0 == 0x666c6573u || w0 == 0x666c6553u)) ||
               (len == 5u && ((w0 == 0x65707573u && w1 == 114u) || (w0 == 0x74617263u && w1 == 101u)));
    if (bad)
        diag_emit(pc.diags, DIAG_BAD_RAW_IDENT, start, end, 0u);
}

bool hex_digit(uint b) { return is_digit(b) || (b >= 97u && b <= 102u) || (b >= 65u && b <= 70u); }

uint w4(uint a, uint b, uint c, uint d) { return a | (b << 8) | (c << 16) | (d << 24); }

// Number literals: digits valid for the base, then a known suffix.
void check_number(uint start, uint end, uint kind)
{
    uint base = 10u, i = start;
    uint b1 = end - start > 1u ? byte_at(start + 1u) : 0u;
    if (byte_at(start) == 48u && (b1 == 120u || b1 == 111u || b1 == 98u)) {
        base = b1 == 120u ? 16u : b1 == 111u ? 8u : 2u;
        i += 2u;
    }
    uint first_digit = i;
    for (; i < end; i++) {
        uint b = byte_at(i);
        if (b == 95u)
            continue;
        bool d = base == 16u ? hex_digit(b) : is_digit(b);
        if (!d)
            break;
        if (base < 10u && b - 48u >= base) {
            diag_emit(pc.diags, DIAG_INVALID_DIGIT, i, i + 1u, base);
            return;
        }
    }
    if (base == 10u && i < end && (byte_at(i) == 101u || byte_at(i) == 69u)) {
        uint j = i + 1u;
        if (j < end && (byte_at(j) == 43u || byte_at(j) == 45u))
            j++;
        uint k = j;
        while (k < end && byte_at(k) == 95u)
            k++;
        // rustc's lexer takes e/E after a decimal as an exponent: `1e`, `1e+`
        // and `1else` are errors, not suffixes
        if (k >= end || !is_digit(byte_at(k))) {
            diag_emit(pc.diags, DIAG_NO_EXPONENT_DIGITS, start, end, 0u);
            return;
        }
        i = k;
        while (i < end && (is_digit(byte_at(i)) || byte_at(i) == 95u))
            i++;
    }
    bool any = false;
    for (uint k = first_digit; k < i && !any; k++)
        any = byte_at(k) != 95u;
    if (base != 10u && !any) {
        diag_emit(pc.diags, DIAG_NO_DIGITS, start, end, 0u);
        return;
    }
    uint len = end - i;
    // A suffix is an identifier: `0;` with a Greek question mark is no suffix.
    if (len > 0u)
        check_ident(i, end);
    // rustc's lexer takes any suffix (macros may use them); compiling checks them.
    if (len == 0u || pc.strict == 0u)
        return;
    uint w0 = 0u, w1 = 0u;
    for (uint k = 0u; k < len && k < 8u; k++) {
        if (k < 4u)
            w0 |= byte_at(i + k) << (8u * k);
        else
            w1 |= byte_at(i + k) << (8u * (k - 4u));
    }
    bool ok = false;
    if (len == 2u)
        ok = w0 == w4(105u, 56u, 0u, 0u) || w0 == w4(117u, 56u, 0u, 0u); // i8 u8
    else if (len == 3u) {
        uint t = w0 & 0xffff00u;
        bool iu = (w0 & 0xffu) == 105u || (w0 & 0xffu) == 117u;
        ok = iu && (t == w4(0u, 49u, 54u, 0u) || t == w4(0u, 51u, 50u, 0u) || t == w4(0u, 54u, 52u, 0u));
        if (!ok && (w0 & 0xffu) == 102u && base == 10u)
            ok = t == w4(0u, 51u, 50u, 0u) || t == w4(0u, 54u, 52u, 0u); // f32 f64
    } else if (len == 4u)
        ok = w0 == w4(105u, 49u, 50u, 56u) || w0 == w4(117u, 49u, 50u, 56u); // i128 u128
    else if (len == 5u)
        ok = (w0 == w4(105u, 115u, 105u, 122u) || w0 == w4(117u, 115u, 105u, 122u)) && w1 == 101u; // isize usize
    if (ok)
        return;
    // rustc's span is the whole literal; the argument carries the suffix's start.
    uint s0 = byte_at(i), s1 = len > 1u ? byte_at(i + 1u) : 0u;
    if ((s0 == 105u || s0 == 117u) && is_digit(s1))
        diag_emit(pc.diags, DIAG_INVALID_WIDTH, start, end, i + 1u);
    else
        diag_emit(pc.diags, DIAG_INVALID_SUFFIX, start, end, i | (base == 10u && s0 == 102u ? 0x80000000u : 0u));
}

// rustc takes at most 255 `#` around a raw string (after checking that it
// is terminated: an unterminated one is E0748 instead).
void check_raw_hashes(uint start, uint end)
{
    uint h = byte_at(start) == 114u ? start + 1u : start + 2u;
    uint q = h;
    while (q < end && byte_at(q) == 35u)
        q++;
    if (q - h > 255u)
        diag_emit(pc.diags, DIAG_RAW_TOO_MANY_HASHES, start, end, q - h);
}

// /// and //! (not ////) are doc comments; /** */ and /*! */ (not /**/ or /***).
uint comment_kind(uint start, uint end, bool block)
{
    uint len = end - start;
    uint b2 = len > 2u ? byte_at(start + 2u) : 0u;
    uint b3 = len > 3u ? byte_at(start + 3u) : 0u;
    if (b2 == 33u)
        return TK_DOC_INNER;
    if (block)
        return (b2 == 42u && b3 != 42u && !(b3 == 47u && len == 4u)) ? TK_DOC_OUTER : TK_INVALID;
    return (b2 == 47u && b3 != 47u) ? TK_DOC_OUTER : TK_INVALID;
}

void item(uint k)
{
    uint nlex = pc.n > 0u ? pc.starts.v[pc.n - 1u] : 0u;
    if (k >= nlex)
        return;
    uint start = pc.lexeme_start.v[k];
    uint end = k + 1u < nlex ? pc.lexeme_start.v[k + 1u] : pc.n;
    uint last = end - 1u;
    uint es = (pc.states.v[last >> 2] >> ((last & 3u) * 8u)) & 0xffu;
    uint lx = pc.table.v[LEX_OFF_ACCEPT + es];
    // An identifier or number followed by non-ASCII whitespace holds that character's
    // lead bytes (tools/lexgen.c): they are trimmed off, and lex_compact is
    // told how many in the kind's high half.
    uint trim = (es == LEX_S_ID_C2 || es == LEX_S_NUM_C2) ? 1u : (es == LEX_S_ID_E280 || es == LEX_S_NUM_E280) ? 2u : 0u;
    end -= trim;
    uint b0 = byte_at(start);
    uint b1 = end - start > 1u ? byte_at(start + 1u) : 0u;
    uint kind = TK_INVALID;
    bool keep = true;
    if (lx == LX_TRIVIA || end == start) {
        keep = false;
    } else if (lx == LX_LINE_COMMENT) {
        kind = comment_kind(start, end, false);
        keep = kind != TK_INVALID;
    } else if (lx == LX_IDENT) {
        if (b0 == 39u)
            kind = TK_LIFETIME;
        else if (b0 == 114u && b1 == 35u) {
            kind = TK_RAW_IDENT;
            check_raw_ident(start, end);
        }
        else
            kind = keyword_or_ident(start, end - start);
        check_ident(start, end);
    } else if (lx == LX_NUMBER) {
        kind = number_kind(start, end);
        check_number(start, end, kind);
    } else if (lx == LX_LIFETIME) {
        kind = TK_LIFETIME;
        check_ident(start, end);
    } else if (lx == LX_PUNCT) {
        if (b0 == 34u)
            kind = TK_STRING;
        else if (b0 == 39u)
            kind = TK_CHAR;
        else if (b0 == 98u) // b"..", b'..', br".."
            kind = b1 == 34u ? TK_BYTE_STRING : b1 == 39u ? TK_BYTE : TK_RAW_BYTE_STRING;
        else if (b0 == 99u) // c"..", cr".."
            kind = b1 == 34u ? TK_C_STRING : TK_RAW_C_STRING;
        else if (b0 == 114u)
            kind = TK_RAW_STRING;
        else if (b0 == 47u && b1 == 42u) {
            kind = comment_kind(start, end, true);
            keep = kind != TK_INVALID;
        } else if (pc.table.v[LEX_OFF_CLASS + b0] == LEX_C_OTHER)
            diag_emit(pc.diags, DIAG_UNKNOWN_CHAR, start, end, b0);
        else {
            kind = punct_kind(start, end - start);
            if (kind == TK_INVALID) // a stray `\`
                diag_emit(pc.diags, DIAG_UNKNOWN_CHAR, start, start + 1u, b0);
        }
        // (escapes and bare CRs: lex_escapes.comp, byte by byte)
        if (kind == TK_RAW_STRING || kind == TK_RAW_C_STRING || kind == TK_RAW_BYTE_STRING)
            check_raw_hashes(start, end);
    } else if (lx == LX_ERR_UNTERMINATED_STRING) {
        uint q = b0 == 34u ? start : start + 1u;
        diag_emit(pc.diags, DIAG_UNTERMINATED_STRING, q, q + 1u, 0u);
    } else if (lx == LX_ERR_UNTERMINATED_COMMENT) {
        diag_emit(pc.diags, DIAG_UNTERMINATED_COMMENT, start, start + 2u, 0u);
    } else if (lx == LX_ERR_UNTERMINATED_CHAR) {
        // `''`: rustc reports an empty character literal at the second quote.
        bool second_of_pair = start > 0u && b0 == 39u && byte_at(start - 1u) == 39u;
        if (end - start == 1u && b0 == 39u && end < pc.n && byte_at(end) == 39u)
            diag_emit(pc.diags, DIAG_EMPTY_CHAR, end, end + 1u, 0u);
        else if (!second_of_pair)
            diag_emit(pc.diags, DIAG_UNTERMINATED_CHAR, start, end, 0u);
    } else if (lx == LX_ERR_UNTERMINATED_RAW) {
        diag_emit(pc.diags, DIAG_UNTERMINATED_RAW, start, start + 1u, 0u);
    } else if (lx == LX_ERR_RAW_PREFIX) {
        // rustc's span: from the prefix through the offending character
        diag_emit(pc.diags, DIAG_RAW_PREFIX, start, end < pc.n ? end + 1u : end, end < pc.n ? end : start);
    }
    pc.lexeme_kind.v[k] = kind | (trim << 16);
    pc.keep.v[k] = keep ? 1u : 0u;
}

ELEMENTWISE_MAIN
