#version 460
// LLP parser, pass 1: the terminals of every token. Most tokens are their own
// terminal; where the grammar needs a token's role told apart and its
// neighbours decide it (llp_terms.h), the token becomes a refined terminal,
// and a `>>`/`>=`/`>>=` closing generic lists splits. Packs up to three
// kinds into TF_PARENT[i] (free until llp_write) and the count into
// TF_TOKTERMS[i].
#include "common.glsl"
#include "llp.glsl"

#define WALK 128u

bool operand_end(uint k)
{
    return k == TK_IDENT || k == TK_RAW_IDENT || (k >= TK_INT && k <= TK_CHAR) || (k >= TK_FLOAT && k <= TK_RAW_C_STRING) ||
           k == TK_RPAREN || k == TK_RBRACKET || k == TK_QUESTION || k == TK_SELF_VALUE || k == TK_SELF_TYPE ||
           k == TK_SUPER || k == TK_CRATE || k == TK_TRUE || k == TK_FALSE || k == TK_AWAIT;
}

bool path_word(uint k) { return k == TK_IDENT || k == TK_RAW_IDENT || k == TK_SELF_TYPE || k == TK_SELF_VALUE || k == TK_SUPER || k == TK_CRATE; }

// Walking left from i at the same bracket level, is there a `<` no `>`
// closes before a token that ends a type (`;`, braces, an unmatched `(`/`[`,
// a keyword starting an expression)? Returns its index, or LLP_NONE.
uint open_angle_left(uint i, uint skip)
{
    int depth = 0;
    uint angles = skip;
    for (uint s = 0u; s < WALK && i > 0u; s++) {
        i--;
        uint k = tok(i);
        if (k == TK_RPAREN || k == TK_RBRACKET) { depth++; continue; }
        if (k == TK_LPAREN || k == TK_LBRACKET) { if (depth == 0) return LLP_NONE; depth--; continue; }
        if (depth > 0) continue;
        if (k == TK_SEMI || k == TK_LBRACE || k == TK_RBRACE || k == TK_LET || k == TK_IF || k == TK_WHILE ||
            k == TK_MATCH || k == TK_RETURN || k == TK_FATARROW || k == TK_ANDAND || k == TK_OROR || k == TK_IN)
            return LLP_NONE;
        if (k == TK_GT) angles++;
        else if (k == TK_SHR) angles += 2u;
        else if (k == TK_LT) { if (angles == 0u) return i; angles--; }
    }
    return LLP_NONE;
}

// An unmatched `<` found by a walk: generic when it follows a path or `::`
// (one level of looking back; shaders do not recurse).
bool generic_lt_simple(uint o)
{
    if (o == 0u)
        return false;
    uint p = tok(o - 1u);
    return p == TK_PATHSEP || path_word(p) || p == TK_IMPL || p == TK_FOR;
}

// Does the `<` at i open generic arguments or parameters?
bool generic_lt(uint i)
{
    if (i == 0u)
        return false;
    uint p = tok(i - 1u);
    if (p == TK_PATHSEP || p == TK_IMPL || p == TK_FOR)
        return true;
    if (i >= 2u && p == TK_IDENT) {
        uint q = tok(i - 2u);
        if (q == TK_FN || q == TK_STRUCT || q == TK_ENUM || q == TK_TRAIT || q == TK_TYPE)
            return true;
    }
    if (!path_word(p))
        return false;
    // In a type: find the token before the path (and before prefixes of a
    // type: `&'a mut`, `*const`, `dyn`, `impl`, bounds joined by `+`).
    uint j = i - 1u;
    for (uint s = 0u; s < WALK && j > 0u; s++) {
        uint k = tok(j - 1u);
        if (k == TK_PATHSEP || path_word(k) || k == TK_AND || k == TK_ANDAND || k == TK_MUT || k == TK_CONST ||
            k == TK_STAR || k == TK_LIFETIME || k == TK_DYN || k == TK_IMPL || k == TK_PLUS)
            j--;
        else
            break;
    }
    if (j == 0u)
        return false;
    uint k = tok(j - 1u);
    if (k == TK_COLON || k == TK_RARROW || k == TK_AS || k == TK_WHERE || k == TK_FOR || k == TK_LT)
        return k != TK_LT || generic_lt_simple(j - 1u);
    if (k == TK_COMMA || k == TK_EQ) {
        if (k == TK_EQ && j >= 3u && tok(j - 2u) == TK_IDENT && tok(j - 3u) == TK_TYPE)
            return true;
        uint o = open_angle_left(j - 1u, 0u);
        return o != LLP_NONE && generic_lt_simple(o);
    }
    return false;
}

// How many generic lists the `>`-family token at i closes (0 to 2).
uint generic_closes(uint i)
{
    uint o = open_angle_left(i, 0u);
    if (o == LLP_NONE || !generic_lt(o))
        return 0u;
    uint k = tok(i);
    if (k != TK_SHR && k != TK_SHREQ)
        return 1u;
    uint o2 = open_angle_left(o, 0u);
    return o2 != LLP_NONE && generic_lt(o2) ? 2u : 1u;
}

// Is the `{` at i the body of a struct expression or pattern `Path { .. }`?
// Not in the head of `if`/`while`/`match`/`for`, nor an item's body.
bool struct_brace(uint i)
{
    if (i == 0u)
        return false;
    uint p = tok(i - 1u);
    if (!path_word(p) && !(p == TK_GT && generic_closes(i - 1u) > 0u))
        return false;
    int depth = 0;
    for (uint s = 0u, j = i; s < WALK && j > 0u; s++) {
        j--;
        uint k = tok(j);
        if (k == TK_RPAREN || k == TK_RBRACKET) { depth++; continue; }
        if (k == TK_LPAREN || k == TK_LBRACKET) { if (depth == 0) return true; depth--; continue; }
        if (depth > 0) continue;
        if (k == TK_SEMI || k == TK_LBRACE || k == TK_RBRACE || k == TK_FATARROW || k == TK_LET || k == TK_EQ ||
            k == TK_RETURN || k == TK_BREAK || k == TK_COMMA)
            return true;
        if (k == TK_IF || k == TK_WHILE || k == TK_MATCH || k == TK_IN || k == TK_STRUCT || k == TK_ENUM ||
            k == TK_TRAIT || k == TK_IMPL || k == TK_MOD || k == TK_FN || k == TK_WHERE ||
            k == TK_RARROW)
            return false;
    }
    return true;
}

void item(uint i)
{
    if (i >= pc.n)
        return;
    uint k = tok(i);
    uint p = i > 0u ? tok(i - 1u) : TM_SOI;
    uint nk = tok(i + 1u);
    bool operand_before = i > 0u && operand_end(p);
    uint kinds = k, count = 1u;
    if (k == TK_MINUS && !operand_before)
        kinds = TM_UNARY_MINUS;
    else if (k == TK_STAR && !operand_before)
        kinds = TM_DEREF;
    else if (k == TK_AND && !operand_before)
        kinds = TM_BORROW;
    else if (k == TK_ANDAND && !operand_before)
        kinds = TM_BORROW2;
    else if (k == TK_OR && !operand_before)
        kinds = TM_CLOSURE_OR;
    else if (k == TK_NOT && p == TK_IDENT &&
             (nk == TK_LPAREN || nk == TK_LBRACKET || nk == TK_LBRACE || nk == TK_IDENT))
        kinds = TM_MACRO_BANG;
    else if (k == TK_LT && generic_lt(i))
        kinds = TM_GEN_LT;
    else if (k == TK_LBRACE && struct_brace(i))
        kinds = TM_STRUCT_LBRACE;
    else if (k == TK_GT || k == TK_SHR || k == TK_GE || k == TK_SHREQ) {
        uint c = generic_closes(i);
        if (c > 0u) {
            if (k == TK_GT) kinds = TM_GEN_GT;
            else if (k == TK_GE) { kinds = TM_GEN_GT | TK_EQ << 8; count = 2u; }
            else if (k == TK_SHR) { kinds = TM_GEN_GT | (c == 2u ? TM_GEN_GT : TK_GT) << 8; count = 2u; }
            else if (c == 2u) { kinds = TM_GEN_GT | TM_GEN_GT << 8 | TK_EQ << 16; count = 3u; }
            else { kinds = TM_GEN_GT | TK_GE << 8; count = 2u; }
        }
    }
    tf_set(TF_PARENT, i, kinds);
    tf_set(TF_TOKTERMS, i, count);
}

ELEMENTWISE_MAIN
