#version 460
// LLP parser, refinement 3: the terminals of every token from the settled
// states (llp_refine.glsl): the first terminal, the virtual WHERE_END
// before it and STMT_SEP after it, and the splits of `>>` `>=` `>>=`
// closing generics and of `<<` opening two. Tokens inside a TT body emit
// none. Packs up to three kinds into TF_PARENT[i] (free until llp_write)
// and the count into TF_TOKTERMS[i].
#include "common.glsl"
#include "diag.glsl"
#include "llp.glsl"
#include "llp_refine.glsl"

// Can terminal kind k start a list element (a statement or item), `{` aside?
bool starts_element(uint k)
{
    if (k == TK_IDENT || k == TK_RAW_IDENT || k == TK_LIFETIME || is_literal(k) || k == TK_DOC_OUTER ||
        k == TK_DOC_INNER)
        return true;
    if (k >= TK_KW_FIRST && k <= TK_KW_LAST)
        return k != TK_AS && k != TK_ELSE && k != TK_IN && k != TK_WHERE && k != TK_AWAIT && k != TK_ABSTRACT &&
               k != TK_BECOME && k != TK_DO && k != TK_FINAL && k != TK_MACRO && k != TK_OVERRIDE &&
               k != TK_PRIV && k != TK_TYPEOF && k != TK_UNSIZED && k != TK_VIRTUAL;
    return k == TK_NOT || k == TK_DOTDOT || k == TK_DOTDOTEQ || k == TK_POUND || k == TK_LPAREN ||
           k == TK_PATHSEP || k == TK_LBRACKET || k == TM_BORROW || k == TM_BORROW2 || k == TM_CLOSURE_OR ||
           k == TM_CLOSURE_OROR || k == TM_DEREF || k == TM_GEN_LT || k == TM_UNARY_MINUS || k == TM_INNER_ATTR ||
           k == TM_CLOSURE_BORROW || k == TM_UNSAFE_BLOCK || k == TM_ASYNC_BLOCK;
}

// Does terminal kind k start an e2 that takes everything to its right (a
// closure, `return` ...)? A `:` before it is a FIELD_COLON.
bool field_value_start(uint k)
{
    return k == TM_CLOSURE_OR || k == TM_CLOSURE_OROR || k == TM_CLOSURE_BORROW || k == TK_MOVE ||
           k == TK_RETURN || k == TK_BREAK || k == TK_CONTINUE || k == TK_YIELD;
}

// A string or char literal outside a macro body may not have a suffix
// (the lexer takes `"abc"x` as one token): rustc's error, at the literal.
void literal_suffix(uint u, uint kind)
{
    uint s = pc.tok_start.v[u], e = pc.tok_end.v[u], at = e;
    for (uint n = 0u; n < 256u && at > s; n++) {
        uint b = load_byte(pc.src, at - 1u);
        if (b == 0x22u || b == 0x27u || b == 0x23u) // `"`, `'`, `#` (raw strings)
            break;
        at--;
    }
    if (at == e)
        return;
    uint what = kind == TK_BYTE_STRING || kind == TK_RAW_BYTE_STRING ? 1u
              : kind == TK_C_STRING || kind == TK_RAW_C_STRING ? 2u
              : kind == TK_CHAR ? 3u : kind == TK_BYTE ? 4u : 0u;
    diag_emit(pc.diags, DIAG_LITERAL_SUFFIX, s, e, what << 28 | at);
}

// Does the `}` at i close a block operand right after a head keyword or an
// operator (`while { x } {`, `if let P = unsafe { .. } {`, `&& match e {..} {`,
// `match if c {..} else {..} {`), so that a `{` after it is the head's body,
// not a new statement?
bool head_operand_end(int i)
{
    int o = partner(i), p = o - 1;
    if (o >= 1 && tk(o - 1) == TK_ELSE) { // an if-else chain: its first `if` decides
        int f = chain_if(o);
        return f >= 1 && head_or_operator(rk(f - 1));
    }
    if (p >= 0 && (tk(p) == TK_UNSAFE || tk(p) == TK_ASYNC || tk(p) == TK_CONST || tk(p) == TK_MOVE))
        p--;
    if (p >= 0 && tk(p) == TK_MOVE && tk(p - 1) == TK_ASYNC)
        p--;
    if (p >= 0 && head_or_operator(rk(p)))
        return true;
    int m = match_of_body(o);
    return m >= 1 && head_or_operator(rk(m - 1));
}

// Does token i end a statement or item without `;` (a `}` not of a struct
// literal, an inner attribute's `]`, an inner doc comment) where the next
// token starts another?
bool stmt_sep_after(int i, uint kind)
{
    uint k = tk(i);
    // a `}` after which an expression goes on (a struct literal's, a block
    // operand's: `let v = {1} * {2}` needs its `;`) ends no statement; a `{`
    // right after `..` is a `for` body (`for i in 0.. {`)
    uint before = k == TK_RBRACE ? tk(partner(i) - 1) : 0u;
    bool ends = (k == TK_RBRACE && (!operand_end(i) || before == TK_DOTDOT || before == TK_DOTDOTEQ)) ||
                (kind == TM_ATTR_CLOSE && rk(partner(i) - 2) == TM_INNER_ATTR) || k == TK_DOC_INNER;
    if (!ends || uint(i + 1) >= pc.n)
        return false;
    uint nk = rk(i + 1);
    return starts_element(nk) || (nk == TK_LBRACE && !head_operand_end(i));
}

// Is token i an identifier or keyword joined to a `#`, a string, a char or a
// lifetime after it (`#kind#value`, `f"x"`, `z'a`)? Edition 2021 reserves
// those prefixes; rustc's lexer refuses them, in macro bodies too.
bool reserved_prefix(uint u)
{
    uint k = tk(int(u));
    if ((k != TK_IDENT && (k < TK_KW_FIRST || k > TK_KW_LAST)) || u + 1u >= pc.n ||
        pc.tok_end.v[u] != pc.tok_start.v[u + 1u])
        return false;
    uint b = load_byte(pc.src, pc.tok_start.v[u + 1u]);
    return b == 0x23u || b == 0x22u || b == 0x27u; // # " '
}

void item(uint u)
{
    if (u >= pc.n)
        return;
    int i = int(u);
    uint s = st(i), kind = s & 0xffu, k = tk(i);
    uint kinds = 0u, count = 0u;
    // Syntax the grammar takes that rustc refuses while parsing: `try!(..)`
    // in edition 2021 and `box x`, both outside macro bodies.
    if (kind == TK_TRY && tk(i + 1) == TK_NOT && is_open(tk(i + 2)))
        diag_emit(pc.diags, DIAG_TRY_MACRO, pc.tok_start.v[u], pc.tok_end.v[partner(i + 2)], 0u);
    else if (kind == TK_BOX)
        diag_emit(pc.diags, DIAG_BOX_SYNTAX, pc.tok_start.v[u], pc.tok_end.v[u], 0u);
    else if (kind == TK_STRING || kind == TK_CHAR || (kind >= TK_BYTE && kind <= TK_RAW_C_STRING))
        literal_suffix(u, kind);
    if ((pc.arg & LLP_ARG_EDITION_2021) != 0u && reserved_prefix(u))
        diag_emit(pc.diags, DIAG_RESERVED_PREFIX, pc.tok_start.v[u], pc.tok_end.v[u], 0u);
    if (kind == TK_COLON && field_value_start(rk(i + 1)))
        kind = TM_FIELD_COLON;
    if (kind != KIND_DROPPED) {
        if ((kind == TM_ITEM_LBRACE || kind == TK_SEMI) && where_end(i))
            kinds = TM_WHERE_END | kind << 8, count = 2u;
        else
            kinds = kind, count = 1u;
        if (kind == TM_GEN_GT) {
            bool two = closes_of(i) == 2u;
            uint rest = k == TK_GE ? TK_EQ : k == TK_SHR ? (two ? TM_GEN_GT : TK_GT)
                      : k == TK_SHREQ ? (two ? TM_GEN_GT | TK_EQ << 8 : TK_GE) : 0u;
            uint nrest = k == TK_GT ? 0u : k == TK_SHREQ && two ? 2u : 1u;
            kinds |= rest << 8;
            count += nrest;
        } else if (kind == TM_GEN_LT && k == TK_SHL)
            kinds |= TM_GEN_LT << 8, count = 2u;
        else if (stmt_sep_after(i, kind))
            kinds |= TM_STMT_SEP << (8u * count), count++;
    }
    tf_set(TF_PARENT, u, kinds);
    tf_set(TF_TOKTERMS, u, count);
}

ELEMENTWISE_MAIN
