#version 460
// Floats: the DFA lexes `1.5` as `1` `.` `5`. Following the Reference, an
// integer joined to a `.` becomes a float with the number after it, or alone
// when no `.`, `_` or identifier follows (`1.`), but not in `1..2` or
// `1.foo()`; in `1.0.0` the second `0` starts no float. Writes keep flags
// for the compaction that follows, and every token's kind and end (a float's
// head takes the new ones) into separate arrays: neighbours read the old.
#include "common.glsl"
#include "tokens.h"
layout(push_constant) uniform Push {
    U32 src; U32 tok_kind; U32 tok_start; U32 tok_end; U32 keep; U32 counts; U32 kind_out; U32 end_out;
    U32 line_start; uint n;
} pc;

uint byte_at(uint i) { return load_byte(pc.src, i); }
bool digit(uint b) { return b >= 48u && b <= 57u; }
bool ident_start(uint b) { return (b >= 97u && b <= 122u) || (b >= 65u && b <= 90u) || b == 95u || b >= 128u; }

// A decimal integer with no prefix or suffix (digits and `_`).
bool plain_decimal(uint t)
{
    if (pc.tok_kind.v[t] != TK_INT)
        return false;
    uint s = pc.tok_start.v[t], e = pc.tok_end.v[t];
    for (uint i = s; i < e; i++) {
        uint b = byte_at(i);
        if (!digit(b) && b != 95u)
            return false;
    }
    return true;
}

bool joined(uint a, uint b) { return pc.tok_end.v[a] == pc.tok_start.v[b]; }

bool starts_float(uint t, uint n)
{
    if (t + 1u >= n || !plain_decimal(t) || pc.tok_kind.v[t + 1u] != TK_DOT || !joined(t, t + 1u))
        return false;
    // In a chain `1.0.0` or `t.1.0.2.1`, floats take the integers pairwise
    // from the chain's start: count the integers joined by dots before t.
    uint k = 0u;
    for (uint u = t; u >= 2u && pc.tok_kind.v[u - 1u] == TK_DOT && joined(u - 1u, u) && joined(u - 2u, u - 1u) &&
                     plain_decimal(u - 2u); u -= 2u)
        k++;
    return (k & 1u) == 0u;
}

void item(uint t)
{
    uint n = pc.counts.v[0];
    if (t >= n)
        return;
    bool keep = true;
    // A first line starting `#!` is a shebang unless the next token is `[`
    // (then `#![...]` is an inner attribute).
    if (n >= 2u && pc.tok_start.v[0] == 0u && pc.tok_kind.v[0] == TK_POUND && pc.tok_kind.v[1] == TK_NOT &&
        pc.tok_start.v[1] == 1u && !(n >= 3u && pc.tok_kind.v[2] == TK_LBRACKET)) {
        uint line2 = pc.counts.v[1] > 0u ? pc.line_start.v[1] : pc.n;
        if (pc.tok_start.v[t] < line2) {
            pc.kind_out.v[t] = pc.tok_kind.v[t];
            pc.end_out.v[t] = pc.tok_end.v[t];
            pc.keep.v[t] = 0u;
            return;
        }
    }
    pc.kind_out.v[t] = pc.tok_kind.v[t];
    pc.end_out.v[t] = pc.tok_end.v[t];
    if (starts_float(t, n)) {
        uint dot = t + 1u;
        bool frac = dot + 1u < n && joined(dot, dot + 1u) && (pc.tok_kind.v[dot + 1u] == TK_INT ||
                    pc.tok_kind.v[dot + 1u] == TK_FLOAT) && digit(byte_at(pc.tok_start.v[dot + 1u]));
        uint after = pc.tok_end.v[dot];
        uint nb = after < pc.n ? byte_at(after) : 0u;
        if (frac) {
            pc.end_out.v[t] = pc.tok_end.v[dot + 1u];
            pc.kind_out.v[t] = TK_FLOAT;
        } else if (nb != 46u && !ident_start(nb)) {
            pc.end_out.v[t] = pc.tok_end.v[dot];
            pc.kind_out.v[t] = TK_FLOAT;
        }
    } else if (t >= 1u && starts_float(t - 1u, n)) {
        // the `.` of a float
        uint h = t - 1u;
        bool frac = t + 1u < n && joined(t, t + 1u) && (pc.tok_kind.v[t + 1u] == TK_INT ||
                    pc.tok_kind.v[t + 1u] == TK_FLOAT) && digit(byte_at(pc.tok_start.v[t + 1u]));
        uint after = pc.tok_end.v[t];
        uint nb = after < pc.n ? byte_at(after) : 0u;
        keep = !(frac || (nb != 46u && !ident_start(nb)));
    } else if (t >= 2u && starts_float(t - 2u, n) && joined(t - 1u, t) &&
               (pc.tok_kind.v[t] == TK_INT || pc.tok_kind.v[t] == TK_FLOAT) && digit(byte_at(pc.tok_start.v[t]))) {
        keep = false; // the fraction of a float
    }
    pc.keep.v[t] = keep ? 1u : 0u;
}

ELEMENTWISE_MAIN
