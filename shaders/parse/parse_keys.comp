#version 460
// Precedence key of every token for the Cartesian-tree parse (tree 3):
// key = depth2 * 32 + level, or invisible for tokens whose parent is fixed
// structurally (bodies, else chains) or that are not nodes (closers, `else`,
// a macro's `!`). A `}` ending a block-like statement acts as a separator.
#include "common.glsl"
#include "diag.glsl"
#include "mintree.glsl"
#include "parse_push.glsl"

// The `if` whose body ends just before the `else` at position e.
uint prev_if(uint e)
{
    if (e < 1u || tk(e - 1u) != TK_RBRACE)
        return NONE;
    uint o = fld(F_OPEN_OF, e - 1u);
    return o == NONE ? NONE : fld(F_HEADER_OF, o);
}

// Does the `}` at i end a statement (a block-like expression in statement
// position, followed by the start of another statement)?
bool ends_statement(uint i)
{
    if (i + 1u >= pc.n)
        return false;
    uint nk = tk(i + 1u);
    if (nk == TK_RBRACE || nk == TK_SEMI || nk == TK_RPAREN || nk == TK_RBRACKET || nk == TK_COMMA ||
        nk == TK_ELSE || nk == TK_DOT || nk == TK_QUESTION)
        return false;
    uint o = fld(F_OPEN_OF, i);
    if (o == NONE)
        return false;
    uint h = fld(F_HEADER_OF, o) != NONE ? fld(F_HEADER_OF, o) : o;
    for (uint guard = 0u; guard < 100000u && h != NONE && h > 0u && tk(h - 1u) == TK_ELSE; guard++)
        h = prev_if(h - 1u);
    if (h == NONE)
        return false;
    if (h == 0u)
        return true;
    uint pk = tk(h - 1u);
    return pk == TK_LBRACE || pk == TK_SEMI || pk == TK_RBRACE;
}

void item(uint i)
{
    if (i >= pc.n)
        return;
    uint k = tk(i);
    uint pk = i > 0u ? tk(i - 1u) : 0u;
    uint nk = tk(i + 1u);
    uint level = LV_LEAF;
    bool visible = true, node = true, sep = false;
    bool pk_operand = tk_operand_end(pk) || (pk == TK_RBRACE && !ends_statement(i - 1u));
    if (k == TK_SEMI || k == TK_COMMA) {
        level = LV_SEP;
        node = false;
        sep = true;
    } else if (k == TK_RPAREN || k == TK_RBRACKET || k == TK_ELSE) {
        visible = false;
        node = false;
    } else if (k == TK_RBRACE) {
        node = false;
        sep = ends_statement(i);
        visible = sep;
        level = LV_SEP;
    } else if (k == TK_LBRACE) {
        visible = !(fld(F_HEADER_OF, i) != NONE || pk == TK_ELSE);
    } else if (k == TK_IF) {
        visible = pk != TK_ELSE;
    } else if (k == TK_LPAREN || k == TK_LBRACKET) {
        bool macro = pk == TK_NOT && i >= 2u && tk(i - 2u) == TK_IDENT;
        level = (tk_operand_end(pk) || macro) ? LV_CALL : LV_LEAF;
    } else if (k == TK_NOT) {
        if (pk == TK_IDENT && (nk == TK_LPAREN || nk == TK_LBRACKET || nk == TK_LBRACE)) {
            visible = false;
            node = false;
        } else {
            level = LV_UNARY;
        }
    } else if (k == TK_MINUS || k == TK_STAR || k == TK_AND) {
        level = pk_operand ? binary_level(k) : LV_UNARY;
    } else if (k == TK_LET || k == TK_RETURN || k == TK_BREAK || k == TK_CONTINUE) {
        level = LV_PREFIX;
    } else if (k == TK_MUT) {
        level = LV_UNARY;
    } else if (binary_level(k) != 0u) {
        level = binary_level(k);
    }
    fld_set(F_LEVEL, i, level);
    fld_set(F_ROLE, i, (node ? 1u : 0u) | (sep ? 2u : 0u));
    tkey_set(pc.t3, i, visible ? fld(F_DEPTH2, i) * 32u + level : KEY_INVISIBLE);

    // A `;` outside every group stands where an item should.
    if (k == TK_SEMI && fld(F_DEPTH2, i) == 0u)
        diag_emit(pc.diags, DIAG_EXPECTED_ITEM, pc.tok_start.v[i], pc.tok_end.v[i], 0u);

    // A `;` directly inside parentheses (`println!("{}"; x)`, `f(a;)`) is
    // never Rust: the innermost opener is the last token before it at a
    // lower depth (tree 1's keys are 2 * depth + 1 but for `{`).
    uint d1 = fld(F_DEPTH1, i);
    if (k == TK_SEMI && int(d1) > 0) {
        uint o = mt_prev_le(pc.t1, i, 2u * d1 - 1u);
        if (o != MT_NONE && tk(o) == TK_LPAREN)
            diag_emit(pc.diags, DIAG_UNEXPECTED_TOKEN, pc.tok_start.v[i], pc.tok_end.v[i], 0u);
    }

    // An empty argument or element: `f(,1)`, `println!("{}",, 1)`.
    if (k == TK_COMMA && (pk == TK_LPAREN || pk == TK_COMMA || pk == TK_LBRACKET))
        diag_emit(pc.diags, DIAG_EXPECTED_EXPR, pc.tok_start.v[i], pc.tok_end.v[i], 0u);

    // Two operands side by side: a missing `;` (or operator). rustc points
    // just past the first one.
    if (i + 1u < pc.n && tk_operand_end(k) && tk_operand_start(nk))
        diag_emit(pc.diags, DIAG_EXPECTED_SEMI, pc.tok_end.v[i], pc.tok_end.v[i], pc.tok_start.v[i + 1u]);
}

ELEMENTWISE_MAIN
