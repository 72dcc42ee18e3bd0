#version 460
// The support gate: shapes the parser accepts but the later phases do not
// give a meaning to are refused here, located, or rejected as rustc does:
// ranges only as the iterable of `for`, `let` only as a statement (`if let`
// and `while let` refused), `break`/`continue` only inside a loop (E0268)
// and unlabeled not inside a labeled block (E0695),
// comparisons not chained, parameter names not repeated (E0415), `return;`
// only in a fn that returns `()` (E0069), and every
// node of a kind its parent takes at its place. rustc prints a run-time
// panic's column in display width (wide characters 2, combining ones 0),
// which the code generator counts from display_width.glsl: a node that may
// panic at run time after a code point of unknown width on its line is
// refused.
// arg0: the ancestor copy with the final answers.
#include "common.glsl"
#include "sema.glsl"
#include "display_width.glsl"

#define MAX_PARAMS_CHECKED 64u
#define LINE_SCAN_MAX 4096u

bool may_panic(uint p)
{
    uint k = kind(p);
    return k == AST_UNARY || k == AST_COMPOUND || (k == AST_BINARY && op_class(p) <= 1u) ||
           (k == AST_MACRO && macro_is_panic(p));
}

// Is there a code point of unknown display width between the start of b's
// line and b (or is the line longer than the scan)?
bool unknown_width_before(uint b)
{
    for (uint n = 0u; n < LINE_SCAN_MAX; n++) {
        if (n >= b)
            return false;
        uint i = b - 1u - n, c = byte_at(i);
        if (c == 10u)
            return false;
        if (c >= 0xc0u &&
            display_width(utf8_decode(c, byte_at(i + 1u), byte_at(i + 2u), byte_at(i + 3u))) == DISPLAY_WIDTH_UNKNOWN)
            return true;
    }
    return true;
}

void refuse(uint p) { diag_emit(pc.diags, DIAG_UNSUPPORTED, span_lo(p), span_hi(p), 0u); }

// assert!(c) without a message panics with c as rustc prints it
// (stringify!), which the code generator writes from the tree for these
// kinds only.
bool printable_kind(uint k)
{
    return k == AST_BINARY || k == AST_UNARY || k == AST_PAREN || k == AST_CALL || k == AST_CALLEE ||
           k == AST_CAST || k == AST_TYPE || k == AST_NAME || k == AST_INT || k == AST_BOOL || k == AST_PATH ||
           k == AST_ASSOC || k == AST_UNIT;
}
bool in_assert_text(uint p)
{
    uint x = p;
    for (uint n = 0u; n < 256u; n++) {
        if (x == 0u)
            return false;
        uint q = parent(x);
        if (kind(q) == AST_MACRO)
            return macro_is_assert(q) && S(S_RANK, x) == 1u && S(S_NCHILD, q) == 2u;
        if (!printable_kind(kind(q)))
            return false;
        x = q;
    }
    return true; // too deep to tell: refuse
}
// rustc's pretty printer breaks a condition longer than its 78-column
// margin over lines; the code generator prints one line, so a longer one is
// refused. The printed length of assert m's condition, or more than the
// margin when it is too large to add up.
#define PP_MARGIN 78u
uint assert_text_length(uint m)
{
    uint c = m + 2u, n = 0u;
    if (size(c) > 4u * PP_MARGIN)
        return PP_MARGIN + 1u;
    for (uint x = c; x < c + size(c); x++) {
        uint k = kind(x), t = tok(x);
        uint w = tend(t) - tstart(t);
        if (k == AST_BINARY)
            n += w + 2u;
        else if (k == AST_CAST)
            n += 4u;
        else if (k == AST_PATH || k == AST_PAREN || k == AST_UNIT)
            n += 2u;
        else if (k == AST_CALL)
            n += 2u + 2u * (max(S(S_NCHILD, x), 2u) - 2u);
        else
            n += w;
    }
    return n;
}

bool is_comparison(uint p) { return kind(p) == AST_BINARY && op_class(p) == 2u; }

bool is_expr_kind(uint k)
{
    return k == AST_IF || k == AST_WHILE || k == AST_LOOP || k == AST_FOR || k == AST_BREAK ||
           k == AST_CONTINUE || k == AST_RETURN || k == AST_ASSIGN || k == AST_COMPOUND || k == AST_BINARY ||
           k == AST_RANGE || k == AST_UNARY || k == AST_CAST || k == AST_CALL || k == AST_MACRO ||
           k == AST_PAREN || k == AST_UNIT || k == AST_TUPLE || k == AST_PATH || k == AST_NAME || k == AST_INT ||
           k == AST_BOOL || k == AST_STR || k == AST_BLOCK || k == AST_LABEL;
}
bool is_pattern_kind(uint k) { return k == AST_BINDING || k == AST_MUT; }

// May a node of kind k be child number r of a node of kind qk? The parser
// builds trees from precedence alone, so malformed input can give shapes
// no later phase expects: they stop here.
bool shape_ok(uint qk, uint r, uint k)
{
    switch (qk) {
    case AST_ROOT: return k == AST_FN || k == AST_CONST;
    case AST_CONST: return r == 0u ? k == AST_CONST_NAME : r == 1u ? k == AST_TYPE : is_expr_kind(k);
    case AST_FN: return r == 0u ? (k == AST_FN_SIG || k == AST_FN_RET) : k == AST_BLOCK;
    case AST_FN_RET: return r == 0u ? k == AST_FN_SIG : k == AST_TYPE;
    case AST_FN_SIG: return r == 0u ? k == AST_FN_NAME : k == AST_PARAM;
    case AST_PARAM: case AST_ASCRIBE: return r == 0u ? is_pattern_kind(k) : k == AST_TYPE;
    case AST_MUT: return k == AST_BINDING;
    case AST_LET: return is_pattern_kind(k) || k == AST_ASCRIBE || k == AST_LET_INIT;
    case AST_LET_INIT: return r == 0u ? (is_pattern_kind(k) || k == AST_ASCRIBE) : is_expr_kind(k);
    case AST_FOR_IN: return r == 0u ? is_pattern_kind(k) : is_expr_kind(k);
    case AST_FOR: return r == 0u ? k == AST_FOR_IN : k == AST_BLOCK;
    case AST_IF: return r == 0u ? is_expr_kind(k) : r == 1u ? k == AST_BLOCK : (k == AST_BLOCK || k == AST_IF);
    case AST_WHILE: return r == 0u ? is_expr_kind(k) : k == AST_BLOCK;
    case AST_LOOP: return k == AST_BLOCK;
    case AST_LABEL: return is_loop_kind(k) || k == AST_BLOCK;
    case AST_BREAK: return (r == 0u && k == AST_LABEL_REF) || is_expr_kind(k);
    case AST_CONTINUE: return r == 0u && k == AST_LABEL_REF;
    case AST_CAST: return r == 0u ? is_expr_kind(k) : k == AST_TYPE;
    case AST_CALL: return r == 0u ? (k == AST_CALLEE || k == AST_PATH) : is_expr_kind(k);
    case AST_MACRO: return r == 0u ? k == AST_MACRO_NAME : is_expr_kind(k);
    case AST_PATH: return r == 0u ? (k == AST_TYPE || k == AST_PATH) : k == AST_ASSOC;
    case AST_BLOCK: return k == AST_LET || k == AST_CONST || is_expr_kind(k);
    default: return is_expr_kind(k);
    }
}

void item(uint p)
{
    if (p >= pc.nn)
        return;
    uint k = kind(p);
    uint q = p == 0u ? NONE : parent(p);
    uint qk = q == NONE ? 0xffu : kind(q);
    uint r = S(S_RANK, p);
    uint f = S(S_AF + pc.arg0, p);
    bool in_const = k == AST_CONST || (f < pc.nn && kind(f) == AST_CONST);
    A_set(A_FLAGS, p, in_const ? 1u : 0u); // a const item's code: none (its uses are its value)
    if (k == AST_RETURN && in_const)
        refuse(p);
    if (q != NONE && k != AST_ERROR && qk != AST_ERROR && !shape_ok(qk, r, k)) {
        if (qk == AST_BLOCK && k == AST_FN)
            refuse(p); // an fn inside a block
        else
            diag_emit(pc.diags, DIAG_UNSUPPORTED, tstart(tok(p)), tend(tok(p)), 0u);
        return;
    }
    if (k == AST_RANGE && !(qk == AST_FOR_IN && r == 1u))
        refuse(p);
    if (!printable_kind(k) && k != AST_MACRO_NAME && in_assert_text(p))
        refuse(p);
    if (k == AST_MACRO && macro_is_assert(p) && S(S_NCHILD, p) == 2u && assert_text_length(p) > PP_MARGIN)
        refuse(p);
    if (may_panic(p) && unknown_width_before(span_lo(p)))
        diag_emit(pc.diags, DIAG_PANIC_COLUMN, span_lo(p), span_hi(p), 0u);
    if (qk == AST_FOR_IN && r == 1u && k != AST_RANGE)
        refuse(p);
    if (k == AST_LET && qk != AST_BLOCK) {
        if ((qk == AST_IF || qk == AST_WHILE) && r == 0u)
            refuse(p); // `if let` / `while let`
        else
            diag_emit(pc.diags, DIAG_LET_EXPRESSION, tstart(tok(p)), tend(tok(p)), 0u);
    }
    // (a labeled one's target is its label's: sema_labels)
    if ((k == AST_BREAK || k == AST_CONTINUE) && !(S(S_NCHILD, p) > 0u && kind(p + 1u) == AST_LABEL_REF)) {
        uint l = S(S_AL + pc.arg0, p);
        if (l == NONE)
            diag_emit(pc.diags, k == AST_BREAK ? DIAG_BREAK_OUTSIDE_LOOP : DIAG_CONTINUE_OUTSIDE_LOOP, span_lo(p),
                      span_hi(p), 0u);
        else if (kind(l) == AST_BLOCK)
            diag_emit(pc.diags, DIAG_UNLABELED_IN_BLOCK, tstart(tok(p)), tend(tok(p)), k == AST_CONTINUE ? 1u : 0u);
    }
    if (k == AST_RETURN && S(S_NCHILD, p) == 0u) {
        uint f = S(S_AF + pc.arg0, p);
        uint rt = f < pc.nn ? fn_ret_type(f) : NONE;
        if (rt != NONE && kind(rt) != AST_UNIT)
            diag_emit(pc.diags, DIAG_RETURN_NO_VALUE, tstart(tok(p)), tend(tok(p)), 0u);
    }
    if (is_comparison(p) && (is_comparison(p + 1u) || is_comparison(S(S_LAST, p)))) {
        uint at = is_comparison(p + 1u) ? p + 1u : p;
        diag_emit(pc.diags, DIAG_CHAINED_COMPARISON, tstart(tok(at)), tend(tok(at)), 0u);
    }
    // A parameter's name repeated in the same list: E0415 at the later one.
    if (k == AST_BINDING) {
        uint b = q;
        if (kind(b) == AST_MUT)
            b = parent(b);
        if (kind(b) != AST_PARAM)
            return;
        uint sig = parent(b);
        uint t = tok(p);
        uint c = sig + 1u + size(sig + 1u); // first PARAM, after the FN_NAME
        for (uint i = 0u; i < MAX_PARAMS_CHECKED && c < b; i++) {
            uint other = pattern_binding(c + 1u);
            if (other != NONE && bytes_equal(tstart(tok(other)), tend(tok(other)), tstart(t), tend(t))) {
                diag_emit(pc.diags, DIAG_PARAM_TWICE, tstart(t), tend(t), 0u);
                return;
            }
            c += size(c);
        }
    }
}

ELEMENTWISE_MAIN
