#version 460
// Escapes in string, char and byte literals, and bare carriage returns in
// those and in doc comments, checked byte by byte (a literal may be longer
// than one invocation can loop over). Byte literals take \x00-\xff and ASCII
// only; others \x00-\x7f and \u{...}. An escape starts at a backslash the
// DFA read as one (state STR_ESC or Q_ESC after it).
#include "common.glsl"
#include "diag.glsl"
#include "lex_tables.glsl"
#include "tokens.h"
layout(push_constant) uniform Push {
    U32 src; U32 states; U32 starts; U32 lexeme_start; U32 lexeme_kind; U32 diags; uint n;
} pc;

uint byte_at(uint i) { return load_byte(pc.src, i); }
bool is_digit(uint b) { return b >= 48u && b <= 57u; }
bool hex_digit(uint b) { return is_digit(b) || (b >= 97u && b <= 102u) || (b >= 65u && b <= 70u); }
uint state_at(uint i) { return (pc.states.v[i >> 2] >> ((i & 3u) * 8u)) & 0xffu; }

// The escape at backslash i of a literal ending at `end`.
void check_escape(uint i, uint end, bool bytes)
{
    if (i + 1u >= end)
        return;
    uint nb = byte_at(i + 1u);
    if (nb == 110u || nb == 114u || nb == 116u || nb == 92u || nb == 48u || nb == 39u || nb == 34u || nb == 10u)
        return;
    if (nb == 13u && i + 2u < end && byte_at(i + 2u) == 10u)
        return; // line continuation in a CRLF file
    if (nb == 120u) {
        if (i + 3u >= end || !hex_digit(byte_at(i + 2u)) || !hex_digit(byte_at(i + 3u)))
            diag_emit(pc.diags, DIAG_UNKNOWN_ESCAPE, i, i + 2u, nb);
        else if (!bytes && byte_at(i + 2u) > 55u) // above \x7f
            diag_emit(pc.diags, DIAG_HEX_RANGE, i, i + 4u, 0u);
        return;
    }
    if (nb == 117u) {
        uint j = i + 2u;
        if (bytes || j >= end || byte_at(j) != 123u) {
            diag_emit(pc.diags, bytes ? DIAG_UNICODE_IN_BYTES : DIAG_BAD_UNICODE, i, i + 2u, 0u);
            return;
        }
        uint value = 0u, digits = 0u;
        // at most 6 digits; underscores are allowed, a few hundred of them here
        for (j++; j < end && byte_at(j) != 125u && j < i + 256u; j++) {
            uint d = byte_at(j);
            if (d == 95u && digits == 0u) {
                diag_emit(pc.diags, DIAG_BAD_UNICODE, j, j + 1u, 95u); // invalid start
                return;
            }
            if (d == 95u)
                continue;
            if (!hex_digit(d) || digits == 6u) {
                diag_emit(pc.diags, DIAG_BAD_UNICODE, i, j + 1u, 0u);
                return;
            }
            value = value * 16u + (d <= 57u ? d - 48u : (d | 32u) - 87u);
            digits++;
        }
        if (digits == 0u || value > 0x10FFFFu || (value >= 0xD800u && value <= 0xDFFFu) || j >= i + 256u)
            diag_emit(pc.diags, DIAG_BAD_UNICODE, i, j + 1u, 0u);
        return;
    }
    diag_emit(pc.diags, DIAG_UNKNOWN_ESCAPE, i + 1u, i + 2u, nb);
}

void item(uint i)
{
    if (i >= pc.n)
        return;
    uint b = byte_at(i);
    if (b != 92u && b != 13u && b < 0x80u)
        return;
    uint k = pc.starts.v[i] - 1u;
    uint kind = pc.lexeme_kind.v[k] & 0xffffu;
    bool text = kind == TK_STRING || kind == TK_CHAR || kind == TK_C_STRING;
    bool bytes = kind == TK_BYTE || kind == TK_BYTE_STRING || kind == TK_RAW_BYTE_STRING;
    bool raw = kind == TK_RAW_STRING || kind == TK_RAW_C_STRING || kind == TK_RAW_BYTE_STRING ||
               kind == TK_DOC_OUTER || kind == TK_DOC_INNER;
    uint nlex = pc.starts.v[pc.n - 1u];
    uint end = k + 1u < nlex ? pc.lexeme_start.v[k + 1u] : pc.n;
    // U+202A-U+202E and U+2066-U+2069 reorder the text around them: in a
    // literal or comment, rustc's deny-by-default lints refuse them (a
    // comment is a lexeme of no kind; elsewhere the character is an error
    // of its own).
    uint b1 = i + 1u < pc.n ? byte_at(i + 1u) : 0u, b2 = i + 2u < pc.n ? byte_at(i + 2u) : 0u;
    if (b == 0xe2u && ((b1 == 0x80u && b2 >= 0xaau && b2 <= 0xaeu) || (b1 == 0x81u && b2 >= 0xa6u && b2 <= 0xa9u)) &&
        !bytes && (text || raw || kind == TK_INVALID)) {
        uint what = kind == TK_DOC_OUTER || kind == TK_DOC_INNER ? 2u : kind == TK_INVALID ? 1u : 0u;
        diag_emit(pc.diags, DIAG_TEXT_DIRECTION, pc.lexeme_start.v[k], end, what);
    }
    if (!text && !bytes && !raw)
        return;
    // (a line comment's lexeme stops before its `\n`: look past the end)
    if (b == 13u) {
        if (i + 1u >= pc.n || byte_at(i + 1u) != 10u)
            diag_emit(pc.diags, DIAG_BARE_CR, i, i + 1u, 0u);
    } else if (b >= 0x80u) {
        if (bytes)
            diag_emit(pc.diags, DIAG_NON_ASCII_BYTE, i, i + 1u, 0u);
    } else if (!raw) {
        uint s = state_at(i);
        if (s == LEX_S_STR_ESC || s == LEX_S_Q_ESC)
            check_escape(i, end, bytes);
    }
}

ELEMENTWISE_MAIN
