// Format strings of println!/print!, parsed as rustc's format parser does:
//   '{' [integer | identifier] [':' [[fill]align][sign]['#']['0'][width]['.' precision][type]] '}'
// One parser serves sema (validation, inline `{name}` arguments) and the code
// generator (what each hole prints), so both read a string the same way.
// The includer defines `uint fmt_byte(uint i)` (a source byte) first.
// The spec is packed as the runtime reads it (FMT_* in abi.h).
#include "abi.h"

#define FMT_OK 0u
#define FMT_ERR_EXPECTED_CLOSE 1u   // expected `}`, found X (at err_s)
#define FMT_ERR_UNTERMINATED 2u     // expected `}` but string was terminated
#define FMT_ERR_UNKNOWN_TRAIT 3u    // unknown format trait (err_s..err_e)
#define FMT_ERR_WIDTH_RANGE 4u      // integer does not fit into u16
#define FMT_ERR_UNSUPPORTED 5u      // valid, but not handled here yet

#define FMT_ARG_NEXT 0u   // `{}`: the next positional argument
#define FMT_ARG_INDEX 1u  // `{2}`
#define FMT_ARG_NAME 2u   // `{name}`: a variable in scope

struct FmtHole {
    uint s, end;         // `{` and just past `}`
    uint err, err_s, err_e;
    uint argk, idx;      // argument kind and explicit index
    uint ns, ne;         // argument name or index bytes
    uint spec, width;    // packed flags (FMT_*) and width | precision << 16
};

bool fmt_is_digit(uint b) { return b >= 48u && b <= 57u; }
bool fmt_is_ident_start(uint b) { return b == 95u || ((b | 32u) >= 97u && (b | 32u) <= 122u) || b >= 128u; }
bool fmt_is_ident_byte(uint b) { return fmt_is_ident_start(b) || fmt_is_digit(b); }
bool fmt_is_space(uint b) { return b == 32u || b == 9u || b == 10u || b == 13u; }

// Length in bytes of the UTF-8 character whose lead byte is b.
uint fmt_char_len(uint b) { return b < 0xc0u ? 1u : b < 0xe0u ? 2u : b < 0xf0u ? 3u : 4u; }

uint fmt_char_at(uint i, uint e)
{
    uint b = fmt_byte(i), n = fmt_char_len(b);
    if (n == 1u)
        return b;
    uint cp = b & (0x7fu >> n);
    for (uint k = 1u; k < n && i + k < e; k++)
        cp = (cp << 6) | (fmt_byte(i + k) & 63u);
    return cp;
}

// The escape at i (a backslash, not in a raw string): how many source
// bytes it spans and the character it stands for (NONE: a line
// continuation, which stands for none).
uint fmt_escape(uint i, uint e, out uint cp)
{
    uint d = i + 1u < e ? fmt_byte(i + 1u) : 0u;
    cp = d;
    if (d == 110u) cp = 10u;
    else if (d == 116u) cp = 9u;
    else if (d == 114u) cp = 13u;
    else if (d == 48u) cp = 0u;
    if (d == 120u) { // \xHH
        uint hi = fmt_byte(i + 2u) | 32u, lo = fmt_byte(i + 3u) | 32u;
        cp = (hi <= 57u ? hi - 48u : hi - 87u) * 16u + (lo <= 57u ? lo - 48u : lo - 87u);
        return 4u;
    }
    if (d == 117u) { // \u{...}
        uint j = i + 3u;
        cp = 0u;
        while (j < e && fmt_byte(j) != 125u) {
            uint c = fmt_byte(j) | 32u;
            if (c != 95u)
                cp = cp * 16u + (c <= 57u ? c - 48u : c - 87u);
            cp = min(cp, 0x110000u);
            j++;
        }
        return j + 1u - i;
    }
    if (d == 10u || d == 13u) { // line continuation: skips the next line's indentation
        cp = 0xffffffffu;
        uint j = i + 1u;
        while (j < e && fmt_is_space(fmt_byte(j)))
            j++;
        return j - i;
    }
    return 2u;
}

// The literal piece at i: an escape's length, and whether it decodes to a
// brace (rustc parses the decoded string, where `\x7b` opens a hole: not
// handled here).
uint fmt_escape_len(uint i, uint e, out bool brace)
{
    uint cp;
    uint n = fmt_escape(i, e, cp);
    brace = cp == 0x7bu || cp == 0x7du;
    return n;
}

// Decimal digits from i: value (saturated past 65535) and the end.
uint fmt_number(inout uint j, uint e)
{
    uint v = 0u;
    while (j < e && fmt_is_digit(fmt_byte(j))) {
        v = min(v * 10u + (fmt_byte(j) - 48u), 0x10000u);
        j++;
    }
    return v;
}

void fmt_fail(inout FmtHole h, uint code, uint s, uint e)
{
    if (h.err == FMT_OK) {
        h.err = code;
        h.err_s = s;
        h.err_e = e;
    }
}

// The hole starting at `{` (position i, not `{{`) of a string whose content
// ends at e (the closing quote).
FmtHole fmt_hole(uint i, uint e, bool raw)
{
    FmtHole h;
    h.s = i;
    h.end = e;
    h.err = FMT_OK;
    h.err_s = 0u;
    h.err_e = 0u;
    h.argk = FMT_ARG_NEXT;
    h.idx = 0u;
    h.ns = i + 1u;
    h.ne = i + 1u;
    h.spec = 32u;    // fill ' ', Display
    h.width = 0u;
    uint j = i + 1u;
    uint c = j < e ? fmt_byte(j) : 0u;
    if (fmt_is_space(c)) {
        // `{ }` is `{}`; after leading whitespace rustc takes nothing but `}`
        while (j < e && fmt_is_space(fmt_byte(j)))
            j++;
        c = j < e ? fmt_byte(j) : 0u;
        if (j < e && c != 125u)
            fmt_fail(h, FMT_ERR_EXPECTED_CLOSE, j, j + fmt_char_len(c));
    } else if (fmt_is_digit(c)) {
        h.argk = FMT_ARG_INDEX;
        h.idx = fmt_number(j, e);
        if (h.idx > 0xffffu)
            fmt_fail(h, FMT_ERR_UNSUPPORTED, i, j);
        h.ne = j;
    } else if (fmt_is_ident_start(c)) {
        h.argk = FMT_ARG_NAME;
        while (j < e && fmt_is_ident_byte(fmt_byte(j)))
            j++;
        h.ne = j;
        if (h.ne == h.ns + 1u && c == 95u) // `{_}` is not a name
            fmt_fail(h, FMT_ERR_UNSUPPORTED, i, j);
    }
    while (j < e && fmt_is_space(fmt_byte(j)))
        j++;
    if (j < e && fmt_byte(j) == 58u) { // ':'
        j++;
        // [[fill]align]; the fill may be written as an escape
        if (j < e) {
            uint fcp;
            uint fl = !raw && fmt_byte(j) == 92u ? fmt_escape(j, e, fcp) : fmt_char_len(fmt_byte(j));
            if (raw || fmt_byte(j) != 92u)
                fcp = fmt_char_at(j, e);
            uint a1 = j + fl < e ? fmt_byte(j + fl) : 0u;
            uint a0 = fmt_byte(j);
            if (a1 == 60u || a1 == 94u || a1 == 62u) {
                if (fcp > 0x10ffffu || fcp == 0x7bu || fcp == 0x7du)
                    fmt_fail(h, FMT_ERR_UNSUPPORTED, i, j + fl + 1u);
                h.spec = (h.spec & ~FMT_FILL_MASK) | (fcp & FMT_FILL_MASK);
                h.spec |= (a1 == 60u ? FMT_ALIGN_LEFT : a1 == 62u ? FMT_ALIGN_RIGHT : FMT_ALIGN_CENTER)
                          << FMT_ALIGN_SHIFT;
                j += fl + 1u;
            } else if (a0 == 60u || a0 == 94u || a0 == 62u) {
                h.spec |= (a0 == 60u ? FMT_ALIGN_LEFT : a0 == 62u ? FMT_ALIGN_RIGHT : FMT_ALIGN_CENTER)
                          << FMT_ALIGN_SHIFT;
                j++;
            }
        }
        if (j < e && fmt_byte(j) == 43u) { // '+'
            h.spec |= FMT_PLUS;
            j++;
        } else if (j < e && fmt_byte(j) == 45u) { // '-': accepted, and has no effect
            j++;
        }
        if (j < e && fmt_byte(j) == 35u) { // '#'
            h.spec |= FMT_ALT;
            j++;
        }
        if (j < e && fmt_byte(j) == 48u && !(j + 1u < e && fmt_byte(j + 1u) == 36u)) { // '0', not `0$`
            h.spec |= FMT_ZERO;
            j++;
        }
        // width: integer, or `N$` / `name$` (an argument: not handled yet)
        uint ws = j;
        if (j < e && fmt_is_digit(fmt_byte(j))) {
            uint w = fmt_number(j, e);
            if (j < e && fmt_byte(j) == 36u) {
                fmt_fail(h, FMT_ERR_UNSUPPORTED, i, j + 1u);
                j++;
            } else if (w > 0xffffu) {
                fmt_fail(h, FMT_ERR_WIDTH_RANGE, ws, j);
            } else {
                h.spec |= FMT_HAS_WIDTH;
                h.width = w;
            }
        } else if (j < e && fmt_is_ident_start(fmt_byte(j))) {
            uint k = j;
            while (k < e && fmt_is_ident_byte(fmt_byte(k)))
                k++;
            if (k < e && fmt_byte(k) == 36u) {
                fmt_fail(h, FMT_ERR_UNSUPPORTED, i, k + 1u);
                j = k + 1u;
            }
        }
        // precision
        if (j < e && fmt_byte(j) == 46u) { // '.'
            j++;
            uint ps = j;
            if (j < e && fmt_byte(j) == 42u) { // `.*`
                fmt_fail(h, FMT_ERR_UNSUPPORTED, i, j + 1u);
                j++;
            } else if (j < e && fmt_is_digit(fmt_byte(j))) {
                uint pr = fmt_number(j, e);
                if (j < e && fmt_byte(j) == 36u) {
                    fmt_fail(h, FMT_ERR_UNSUPPORTED, i, j + 1u);
                    j++;
                } else if (pr > 0xffffu) {
                    fmt_fail(h, FMT_ERR_WIDTH_RANGE, ps, j);
                } else {
                    h.spec |= FMT_HAS_PREC;
                    h.width |= pr << 16;
                }
            } else if (j < e && fmt_is_ident_start(fmt_byte(j))) {
                uint k = j;
                while (k < e && fmt_is_ident_byte(fmt_byte(k)))
                    k++;
                if (k < e && fmt_byte(k) == 36u) {
                    fmt_fail(h, FMT_ERR_UNSUPPORTED, i, k + 1u);
                    j = k + 1u;
                } else {
                    fmt_fail(h, FMT_ERR_UNSUPPORTED, i, k); // rustc: expected a precision
                }
            } else {
                fmt_fail(h, FMT_ERR_UNSUPPORTED, i, j);
            }
        }
        // type
        if (j < e && fmt_byte(j) == 63u) { // '?'
            h.spec |= FMT_TRAIT_DEBUG << FMT_TRAIT_SHIFT;
            j++;
        } else if (j < e && fmt_is_ident_start(fmt_byte(j))) {
            uint ts = j;
            while (j < e && fmt_is_ident_byte(fmt_byte(j)))
                j++;
            uint t0 = fmt_byte(ts);
            bool one = j == ts + 1u;
            if (one && j < e && fmt_byte(j) == 63u && (t0 == 120u || t0 == 88u)) { // `x?` `X?`
                fmt_fail(h, FMT_ERR_UNSUPPORTED, i, j + 1u);
                j++;
            } else if (one && t0 == 120u) {
                h.spec |= FMT_TRAIT_LOWER_HEX << FMT_TRAIT_SHIFT;
            } else if (one && t0 == 88u) {
                h.spec |= FMT_TRAIT_UPPER_HEX << FMT_TRAIT_SHIFT;
            } else if (one && t0 == 111u) {
                h.spec |= FMT_TRAIT_OCTAL << FMT_TRAIT_SHIFT;
            } else if (one && t0 == 98u) {
                h.spec |= FMT_TRAIT_BINARY << FMT_TRAIT_SHIFT;
            } else if (one && (t0 == 101u || t0 == 69u || t0 == 112u)) { // e E p
                fmt_fail(h, FMT_ERR_UNSUPPORTED, i, j);
            } else {
                fmt_fail(h, FMT_ERR_UNKNOWN_TRAIT, ts, j);
            }
        }
    }
    while (j < e && fmt_is_space(fmt_byte(j)))
        j++;
    if (j >= e) {
        fmt_fail(h, FMT_ERR_UNTERMINATED, e, e + 1u);
        h.end = e;
        return h;
    }
    uint b = fmt_byte(j);
    if (b == 92u && !raw) // an escape inside a hole: rustc reads what it decodes to
        fmt_fail(h, FMT_ERR_UNSUPPORTED, i, j + 1u);
    if (b != 125u) {
        fmt_fail(h, FMT_ERR_EXPECTED_CLOSE, j, j + fmt_char_len(b));
        // skip to the hole's end, as far as a reader can tell
        while (j < e && fmt_byte(j) != 125u)
            j++;
        h.end = min(j + 1u, e);
        return h;
    }
    h.end = j + 1u;
    return h;
}

// A hole whose spec needs no more than the plain Display of its value.
bool fmt_plain(FmtHole h)
{
    uint t = (h.spec >> FMT_TRAIT_SHIFT) & FMT_TRAIT_MASK;
    return (h.spec & ~(FMT_TRAIT_MASK << FMT_TRAIT_SHIFT)) == 32u && (t == FMT_TRAIT_DISPLAY || t == FMT_TRAIT_DEBUG);
}

// The content of a string literal token [ts, te): between its quotes, past
// an `r`/`r#..#` prefix. Returns whether it is raw (no escapes).
bool fmt_content(uint ts, uint te, out uint s, out uint e)
{
    s = ts;
    e = te;
    bool raw = fmt_byte(s) == 114u; // r"..." / r#"..."#
    while (s < e && fmt_byte(s) != 34u)
        s++;
    while (e > s + 1u && fmt_byte(e - 1u) == 35u)
        e--;
    s = min(s + 1u, te);
    if (e > s)
        e--;
    return raw;
}

// Advances i past one literal piece of the format string: an escape, `{{`,
// `}}` or one byte. Returns false at a hole's `{` or a lone `}` (i stays).
bool fmt_skip_literal(inout uint i, uint e, bool raw, out bool brace_escape)
{
    brace_escape = false;
    uint c = fmt_byte(i);
    uint d = i + 1u < e ? fmt_byte(i + 1u) : 0u;
    if (c == 92u && !raw) {
        i += fmt_escape_len(i, e, brace_escape);
        return true;
    }
    if (c == 123u || c == 125u) {
        if (d != c)
            return false;
        i += 2u;
        return true;
    }
    i++;
    return true;
}
