#version 460
// AST kind of every node from its token and its parent's, and the arity
// checks that turn a malformed shape into a syntax error.
#include "common.glsl"
#include "diag.glsl"
#include "parse_push.glsl"
#include "ast.h"

uint parent_of(uint x) { return x >= pc.n ? NONE : fld(F_PARENT, x); }
uint tk_of(uint x) { return x >= pc.n ? 0xffffu : tk(x); }

bool is_macro_paren(uint x) { return x >= 2u && tk(x - 1u) == TK_NOT && tk(x - 2u) == TK_IDENT; }

// A call paren in a fn header: its parent is the fn, or the `->` under the fn.
bool is_fn_sig(uint x)
{
    uint p = parent_of(x);
    if (p == NONE)
        return false;
    if (tk_of(p) == TK_FN)
        return true;
    return tk_of(p) == TK_RARROW && x < p && tk_of(parent_of(p)) == TK_FN;
}

uint ident_kind(uint x)
{
    uint p = parent_of(x);
    uint pt = tk_of(p);
    bool left = x < p;
    if (pt == TK_COLON || pt == TK_RARROW || pt == TK_AS)
        return left ? (pt == TK_COLON ? AST_BINDING : AST_NAME) : AST_TYPE;
    if (pt == TK_PATHSEP)
        return left ? AST_TYPE : AST_ASSOC;
    if (pt == TK_MUT || pt == TK_LET)
        return AST_BINDING;
    if (pt == TK_EQ && left && tk_of(parent_of(p)) == TK_LET)
        return AST_BINDING;
    if (pt == TK_IN && left)
        return AST_BINDING;
    if (pt == TK_LPAREN && left && fld(F_LEVEL, p) == LV_CALL) {
        if (is_macro_paren(p))
            return AST_MACRO_NAME;
        return is_fn_sig(p) ? AST_FN_NAME : AST_CALLEE;
    }
    return AST_NAME;
}

uint kind_of(uint x)
{
    uint k = tk(x);
    uint p = parent_of(x);
    uint pt = tk_of(p);
    uint lv = fld(F_LEVEL, x);
    uint nchild = fld(F_NCHILD, x);
    switch (k) {
    case TK_FN: return AST_FN;
    case TK_LBRACE: return AST_BLOCK;
    case TK_IF: return AST_IF;
    case TK_WHILE: return AST_WHILE;
    case TK_LOOP: return AST_LOOP;
    case TK_FOR: return AST_FOR;
    case TK_LET: return AST_LET;
    case TK_RETURN: return AST_RETURN;
    case TK_BREAK: return AST_BREAK;
    case TK_CONTINUE: return AST_CONTINUE;
    case TK_MUT: return AST_MUT;
    case TK_INT: return AST_INT;
    case TK_TRUE: case TK_FALSE: return AST_BOOL;
    case TK_STRING: return AST_STR;
    case TK_IDENT: return ident_kind(x);
    case TK_LPAREN:
        if (lv == LV_CALL)
            return is_macro_paren(x) ? AST_MACRO : is_fn_sig(x) ? AST_FN_SIG : AST_CALL;
        return nchild == 0u ? AST_UNIT : nchild == 1u ? AST_PAREN : AST_TUPLE;
    case TK_EQ: return pt == TK_LET ? AST_LET_INIT : AST_ASSIGN;
    case TK_PLUSEQ: case TK_MINUSEQ: case TK_STAREQ: case TK_SLASHEQ: case TK_PERCENTEQ:
    case TK_CARETEQ: case TK_ANDEQ: case TK_OREQ: case TK_SHLEQ: case TK_SHREQ:
        return AST_COMPOUND;
    case TK_COLON:
        if (pt == TK_LPAREN && is_fn_sig(p))
            return AST_PARAM;
        return AST_ASCRIBE;
    case TK_RARROW: return AST_FN_RET;
    case TK_IN: return AST_FOR_IN;
    case TK_DOTDOT: case TK_DOTDOTEQ: return AST_RANGE;
    case TK_AS: return AST_CAST;
    case TK_PATHSEP: return AST_PATH;
    case TK_MINUS: case TK_NOT:
        if (lv == LV_UNARY)
            return AST_UNARY;
        return AST_BINARY;
    case TK_PLUS: case TK_STAR: case TK_SLASH: case TK_PERCENT: case TK_CARET: case TK_AND: case TK_OR:
    case TK_ANDAND: case TK_OROR: case TK_SHL: case TK_SHR: case TK_EQEQ: case TK_NE: case TK_LT:
    case TK_GT: case TK_LE: case TK_GE:
        return lv == LV_UNARY ? AST_ERROR : AST_BINARY;
    default: return AST_ERROR;
    }
}

// The macros the code generator implements: println! and print!.
bool supported_macro(uint name_tok)
{
    uint s = pc.tok_start.v[name_tok], e = pc.tok_end.v[name_tok];
    uint w0 = 0u, w1 = 0u;
    for (uint k = 0u; k < e - s && k < 8u; k++) {
        uint b = load_byte(pc.src, s + k);
        if (k < 4u)
            w0 |= b << (8u * k);
        else
            w1 |= b << (8u * (k - 4u));
    }
    bool print = w0 == 0x6e697270u && (w1 & 0xffu) == 0x74u; // "print"
    return (e - s == 5u && print) || (e - s == 7u && print && w1 == 0x6e6c74u); // "println"
}

// Outside Tier 0a: rejected with a clear message rather than compiled wrongly.
bool unsupported(uint x, uint kind)
{
    if (kind == AST_TUPLE)
        return true;
    if (kind == AST_MACRO)
        return !supported_macro(fld(F_FIRST, x));
    if (kind == AST_STR) {
        // only as a format string: the first argument of a macro
        uint p = fld(F_PARENT, x);
        return !(p != pc.n && tk(p) == TK_LPAREN && is_macro_paren(p) && x == p + 1u);
    }
    return false;
}

void arity(uint kind, out uint lo, out uint hi)
{
    lo = 0u;
    hi = 0u;
    switch (kind) {
    case AST_FN: case AST_FN_RET: case AST_PARAM: case AST_LET_INIT: case AST_ASCRIBE: case AST_WHILE:
    case AST_FOR: case AST_FOR_IN: case AST_ASSIGN: case AST_COMPOUND: case AST_BINARY: case AST_RANGE:
    case AST_CAST: case AST_PATH:
        lo = 2u; hi = 2u; break;
    case AST_IF: lo = 2u; hi = 3u; break;
    case AST_LET: case AST_LOOP: case AST_UNARY: case AST_MUT: case AST_PAREN: lo = 1u; hi = 1u; break;
    case AST_BREAK: case AST_RETURN: hi = 1u; break;
    case AST_FN_SIG: case AST_CALL: case AST_MACRO: lo = 1u; hi = 0xffffu; break;
    case AST_BLOCK: case AST_TUPLE: case AST_ROOT: hi = 0xffffffu; break;
    default: break;
    }
}

void item(uint x)
{
    if (x > pc.n)
        return;
    if (x == pc.n) {
        fld_set(F_KIND, x, AST_ROOT);
        return;
    }
    if ((fld(F_ROLE, x) & 1u) == 0u)
        return;
    uint kind = kind_of(x);
    fld_set(F_KIND, x, kind);
    uint s = pc.tok_start.v[x], e = pc.tok_end.v[x];
    if (kind == AST_ERROR || unsupported(x, kind)) {
        uint ue = kind == AST_MACRO ? pc.tok_end.v[fld(F_FIRST, x)] + 1u : e;
        diag_emit(pc.diags, DIAG_UNSUPPORTED, kind == AST_MACRO ? pc.tok_start.v[fld(F_FIRST, x)] : s, ue, 0u);
        return;
    }
    // Format strings are decoded by loops within one invocation, and lavapipe
    // ends an invocation's loops after 65535 iterations in all: refuse long
    // ones rather than miscompile them.
    if (kind == AST_STR && e - s > FORMAT_MAX_BYTES) {
        diag_emit(pc.diags, DIAG_FORMAT_TOO_LONG, s, e, 0u);
        return;
    }
    uint lo, hi;
    arity(kind, lo, hi);
    uint nchild = fld(F_NCHILD, x);
    if (kind == AST_LET_INIT && (nchild == 0u || fld(F_FIRST, x) > x)) {
        diag_emit(pc.diags, DIAG_EXPECTED_PATTERN, s, e, 0u);
    } else if (nchild > hi) {
        // The first surplus child begins what should have been a new statement.
        uint c = fld(F_LAST, x);
        diag_emit(pc.diags, DIAG_EXPECTED_SEMI, c > 0u ? pc.tok_end.v[c - 1u] : s, c > 0u ? pc.tok_end.v[c - 1u] : s,
                  pc.tok_start.v[c]);
    } else if (nchild < lo && kind == AST_RANGE) {
        diag_emit(pc.diags, DIAG_UNSUPPORTED, s, e, 0u); // `a..`, `..b`, `..`: valid, not handled yet
    } else if (nchild < lo) {
        uint at = x + 1u < pc.n ? x + 1u : x;
        uint code = (kind == AST_LET || kind == AST_FN_SIG) ? DIAG_EXPECTED_IDENT : DIAG_EXPECTED_EXPR;
        diag_emit(pc.diags, code, pc.tok_start.v[at], pc.tok_end.v[at], 0u);
    }
    uint p = fld(F_PARENT, x);
    if (p == pc.n && kind != AST_FN)
        diag_emit(pc.diags, DIAG_EXPECTED_ITEM, s, e, 0u);
}

ELEMENTWISE_MAIN
