#version 460
// Kind of every lexeme, from the state it ends in and its first bytes;
// keywords and punctuation resolved to token kinds; trivia marked dropped.
#include "common.glsl"
#include "diag.glsl"
#include "lex_tables.glsl"
#include "tokens.h"
layout(push_constant) uniform Push {
    U32 src; U32 table; U32 states; U32 starts; U32 lexeme_start; U32 lexeme_kind; U32 keep; U32 diags; uint n;
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
    int k = KW_SLOT[lex_slot(w0, w1, len, KW_HASH_MUL)];
    if (k >= 0 && KW_WORDS[k].z == len && KW_WORDS[k].x == w0 && KW_WORDS[k].y == w1)
        return TK_KW_FIRST + uint(k);
    return TK_IDENT;
}

uint punct_kind(uint start, uint len)
{
    uint w = 0u;
    for (uint k = 0u; k < len && k < 4u; k++)
        w |= byte_at(start + k) << (8u * k);
    int k = PUNCT_SLOT[lex_slot(w, 0u, len, PUNCT_HASH_MUL)];
    if (k >= 0 && PUNCT_WORDS[k] == w)
        return TK_PUNCT_FIRST + uint(k);
    return TK_INVALID;
}

void main()
{
    uint k = global_index();
    uint nlex = pc.n > 0u ? pc.starts.v[pc.n - 1u] : 0u;
    if (k >= nlex)
        return;
    uint start = pc.lexeme_start.v[k];
    uint end = k + 1u < nlex ? pc.lexeme_start.v[k + 1u] : pc.n;
    uint last = end - 1u;
    uint es = (pc.states.v[last >> 2] >> ((last & 3u) * 8u)) & 0xffu;
    uint lx = pc.table.v[LEX_OFF_ACCEPT + es];
    uint b0 = byte_at(start);
    uint kind = TK_INVALID;
    bool keep = true;
    if (lx == LX_TRIVIA) {
        keep = false;
    } else if (lx == LX_IDENT) {
        kind = b0 == 39u ? TK_LIFETIME : keyword_or_ident(start, end - start);
    } else if (lx == LX_NUMBER) {
        kind = TK_INT;
    } else if (lx == LX_LIFETIME) {
        kind = TK_LIFETIME;
    } else if (lx == LX_PUNCT) {
        if (b0 == 34u)
            kind = TK_STRING;
        else if (b0 == 39u)
            kind = TK_CHAR;
        else if (b0 == 47u && end - start >= 4u && byte_at(start + 1u) == 42u)
            keep = false; // block comment
        else if (pc.table.v[LEX_OFF_CLASS + b0] == LEX_C_OTHER)
            diag_emit(pc.diags, DIAG_UNKNOWN_CHAR, start, end, b0);
        else
            kind = punct_kind(start, end - start);
    } else if (lx == LX_ERR_UNTERMINATED_STRING) {
        diag_emit(pc.diags, DIAG_UNTERMINATED_STRING, start, start + 1u, 0u);
    } else if (lx == LX_ERR_UNTERMINATED_COMMENT) {
        diag_emit(pc.diags, DIAG_UNTERMINATED_COMMENT, start, start + 2u, 0u);
    } else if (lx == LX_ERR_UNTERMINATED_CHAR) {
        diag_emit(pc.diags, DIAG_UNTERMINATED_CHAR, start, end, 0u);
    }
    pc.lexeme_kind.v[k] = kind;
    pc.keep.v[k] = keep ? 1u : 0u;
}
