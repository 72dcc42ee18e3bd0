#version 460
// LLP parser, refinement 2, one round: every token's state (its first
// terminal, llp_refine.glsl) from the previous round's states of the tokens
// before it. The host repeats rounds until none changes a state.
#include "common.glsl"
#include "llp.glsl"
#include "llp_refine.glsl"

// Is the token at j a prefix or binary operator (whose operand is below the
// level of `return`), by its refined kind? Not `=` or an op=: their right
// operand is an e2, where `return` stands as it does at a statement's start.
bool operator_before_jump(int j)
{
    uint r = rk(j);
    return r == TM_UNARY_MINUS || r == TM_DEREF || r == TM_BORROW || r == TM_BORROW2 ||
           (r >= TK_PLUS && r <= TK_SHR) || (r >= TK_EQEQ && r <= TK_LE) || r == TK_DOTDOT || r == TK_DOTDOTEQ;
}

uint refine(int i)
{
    if (dropped(i))
        return KIND_DROPPED;
    uint k = tk(i), nk = tk(i + 1);
    int prev = i - 1;
    bool opnd = operand_end(prev);
    if (k == TK_POUND && nk == TK_NOT && tk(i + 2) == TK_LBRACKET)
        return TM_INNER_ATTR;
    if (is_close(k))
        return attr_open(partner(i)) ? TM_ATTR_CLOSE : k;
    if (tt_open(i))
        return TM_TT;
    if (k >= TK_KW_FIRST && k < TK_UNDERSCORE && nk == TK_EQ && tk(prev) == TK_COMMA && macro_list_item(i))
        return TK_IDENT; // a named argument `format!("{type}", type = t)`: format_args takes any word
    if (k == TK_DOTDOTDOT && opnd)
        return TM_RANGE_DOTS;
    if ((k == TK_RETURN || k == TK_BREAK || k == TK_CONTINUE) && operator_before_jump(prev))
        return k == TK_RETURN ? TM_RETURN_OP : k == TK_BREAK ? TM_BREAK_OP : TM_CONTINUE_OP;
    if (k == TK_MINUS && !opnd)
        return TM_UNARY_MINUS;
    if (k == TK_STAR && (tk(prev) == TK_PATHSEP || ((tk(prev) == TK_LBRACE || tk(prev) == TK_COMMA) && in_use_group(i))))
        return TM_GLOB;
    if (k == TK_STAR && !opnd)
        return TM_DEREF;
    if ((k == TK_AND || k == TK_ANDAND) && !opnd) {
        uint c = tk(nk == TK_MUT ? i + 2 : i + 1);
        if (c == TK_OR || c == TK_OROR || c == TK_MOVE)
            return TM_CLOSURE_BORROW;
        return k == TK_AND ? TM_BORROW : TM_BORROW2;
    }
    if (k == TK_OR && !operand_end_bar(prev))
        return TM_CLOSURE_OR;
    if (k == TK_OROR && !operand_end_bar(prev))
        return TM_CLOSURE_OROR;
    if (k == TK_OR && closure_close(i))
        return TM_CLOSURE_CLOSE;
    if (k == TK_NOT && macro_bang(i))
        return TM_MACRO_BANG;
    if (k == TK_IN && tk(prev) == TK_LPAREN && tk(prev - 1) == TK_PUB)
        return TM_VIS_IN;
    if (k == TK_IF && opnd)
        return TM_GUARD_IF;
    if (k == TK_UNSAFE && nk == TK_LBRACE)
        return TM_UNSAFE_BLOCK;
    if (k == TK_ASYNC && (nk == TK_LBRACE || (nk == TK_MOVE && tk(i + 2) == TK_LBRACE)))
        return TM_ASYNC_BLOCK;
    if (k == TK_LT || k == TK_SHL) {
        bool g = generic_lt(i);
        uint glt = g ? ST_GENERIC_LT : 0u;
        if (tk(prev) == TK_RBRACE && !angle_then_path(i, k == TK_SHL))
            return k | glt; // after a block: a comparison or a shift (`unsafe { x } << 8`)
        if (k == TK_LT)
            return (g ? TM_GEN_LT : k) | glt;
        return (!opnd || (g && angle_then_path(i, true)) ? TM_GEN_LT : k) | glt;
    }
    if (k == TK_GT || k == TK_SHR || k == TK_GE || k == TK_SHREQ) {
        int outer;
        uint c = generic_closes(i, outer);
        if (c == 0u)
            return k;
        uint back = uint(i - outer);
        return TM_GEN_GT | c << ST_CLOSES_SHIFT | (back < (1u << (32u - ST_OUTER_SHIFT)) ? back << ST_OUTER_SHIFT : 0u);
    }
    if (k == TK_LBRACE) {
        if (tk(prev) == TK_RETURN || tk(prev) == TK_BREAK ||
            (tk(prev) == TK_LIFETIME && prev > 0 && tk(prev - 1) == TK_BREAK))
            return TM_RET_LBRACE;
        if (item_brace(i))
            return TM_ITEM_LBRACE;
        if (struct_brace(i))
            return TM_STRUCT_LBRACE;
    }
    return k;
}

void item(uint u)
{
    if (u >= pc.n)
        return;
    uint s = refine(int(u));
    if (s != st(int(u)))
        atomicAdd(pc.counts.v[LLP_COUNT_CHANGED], 1u);
    tf_set((pc.arg & 1u) != 0u ? TF_REF_A : TF_REF_B, u, s);
}

ELEMENTWISE_MAIN
