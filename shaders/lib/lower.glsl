// Shared by the lowering passes (src/lower.c, shaders/lower/lower_*.comp):
// the syntax tree (tree_fields.h) lowered to the Tier 0 tree sema and the
// code generator read (ast.h), and the support gate that refuses the rest.
//
// Every tree element becomes at most one Tier 0 node, in the same order, so
// the Tier 0 preorder is the kept elements' order. What a kept element
// covers need not be its own subtree: a node names the element one past its
// last descendant (its end), and depths follow from a scan of +1 at every
// start and -1 at every end. That is how the grammar's flat shapes become
// Tier 0's nested ones: `let x: T = e` is Assign(Ascribe(Let(x), T), e) and
// lowers to LET[LET_INIT[ASCRIBE[BINDING, TYPE], e]] (each element of the
// let's left spine takes its parent's role, the top one is the LET), and
// an else chain Else(Else(If1, If2), C) to IF1[.., IF2[.., C]] (every If of
// a chain ends where the chain does).
#include "llp_fields.h"
#include "llp_terms.h"
#include "llp_tables.h"
#include "tree_fields.h"
#include "ast.h"
#include "diag_codes.h"
#include "items.glsl"

layout(push_constant) uniform Push {
    U32 at; U32 tf; U32 lw; U32 mt; U32 ast; U32 diags; U32 src; U32 tok_start; U32 tok_end; U32 counts;
    uint e; uint es; uint ts; uint m; uint ntok; uint astride; uint edition;
} pc;

// Working fields, per element (stride es).
#define LW_KIND 0   // Tier 0 kind, or LW_DROP
#define LW_TOK 1
#define LW_END 2
#define LW_IDX 3    // 1 if kept, then (exclusive scan) its Tier 0 index; at e: the node count
#define LW_DEPTH 4  // +1 / -1, then (inclusive scan) depth + 1
#define LW_COUNT 5
#define LW_DROP 0xffffu
#define LOWER_COUNT_NODES 45 // word of c->counts: Tier 0 nodes
// An else-if chain longer than this is refused (each If looks for its top).
#define ELSE_CHAIN_MAX 512u

uint at(uint f, uint i) { return pc.at.v[f * pc.es + i]; }
uint lw(uint f, uint i) { return pc.lw.v[f * pc.es + i]; }
void lw_set(uint f, uint i, uint v) { pc.lw.v[f * pc.es + i] = v; }

bool is_(uint i, uint k) { return i < pc.e && at(AT_KIND, i) == k; }
bool is_term(uint i) { return i < pc.e && (at(AT_KIND, i) & AT_TERMINAL) != 0u; }
bool is_tm(uint i, uint t) { return is_(i, AT_TERMINAL | t); }
uint par(uint i) { return i < pc.e ? at(AT_PARENT, i) : AT_NONE; }
uint end_of(uint i) { return i + at(AT_SIZE, i); }
uint term_tok(uint i) { return pc.tf.v[TF_TOK * pc.ts + at(AT_FIRST, i)]; }
// A suffix node's operator: the terminal after its first child.
uint op_of(uint i) { return i + 1u + at(AT_SIZE, i + 1u); }
bool has_operand_after(uint t, uint i) { return t + 1u < end_of(i) && !is_term(t + 1u); }
// The last child of i starts at c and ends i.
bool last_child(uint c, uint i) { return c < end_of(i) && end_of(c) == end_of(i); }

// The list a list element belongs to: i is the content of an Elem of o.
uint elem_owner(uint i) { uint p = par(i); return is_(p, P_Elem) ? par(p) : AT_NONE; }
// The sibling before i (AT_NONE if none, or if its subtree is deeper than
// the climb).
uint prev_sibling(uint i)
{
    uint p = par(i);
    if (p == AT_NONE || i == p + 1u)
        return AT_NONE;
    uint x = i - 1u;
    for (uint n = 0u; n < 1024u && x != AT_NONE && par(x) != p; n++)
        x = par(x);
    return x != AT_NONE && par(x) == p ? x : AT_NONE;
}
bool in_block(uint i) { uint o = elem_owner(i); return is_(o, P_Block) || is_(o, P_Body); }
bool fn_head(uint c) { return is_(c, P_Call) && is_(par(c), P_Fn); }

// fn NAME(PARAMS): Fn[`fn`, Call[..]] (qualifiers are refused; what the Call
// holds, generics say, refuses itself).
bool fn_ok(uint f) { return is_(f, P_Fn) && is_tm(f + 1u, TK_FN) && is_(f + 2u, P_Call) && last_child(f + 2u, f); }
// Doc comments on a fn item (each `///` line a Doc prefix: Doc[DOC_OUTER,
// operand]) mean nothing to the program; a chain longer than this is refused.
#define DOC_CHAIN_MAX 256u
// A fn item with a body: Body[Doc.. Fn | Doc.. Ret[Fn, `->`, T], ITEM_LBRACE, stmts.., `}`].
uint fn_of_body(uint b)
{
    uint top = b + 1u, h = top;
    for (uint n = 0u; n < DOC_CHAIN_MAX && is_(h, P_Doc); n++)
        h += 2u;
    uint f = is_(h, P_Ret) ? h + 1u : h;
    if (!is_(b, P_Body) || !fn_ok(f) || !is_tm(end_of(top), TM_ITEM_LBRACE))
        return AT_NONE;
    return f;
}
// The Body whose head (under its Docs) h is.
uint body_of_head(uint h)
{
    uint x = par(h);
    for (uint n = 0u; n < DOC_CHAIN_MAX && is_(x, P_Doc); n++)
        x = par(x);
    return is_(x, P_Body) ? x : AT_NONE;
}

// A let statement's left spine: Let, Ascribe[Let, T], Assign[Let | Ascribe[Let, T], e].
bool let_ascribe(uint i) { return is_(i, P_Ascribe) && is_(i + 1u, P_Let); }
bool let_assign(uint i) { return is_(i, P_Assign) && (is_(i + 1u, P_Let) || let_ascribe(i + 1u)); }
bool let_spine(uint i) { return is_(i, P_Let) || let_ascribe(i) || let_assign(i); }
bool let_top(uint i)
{
    uint p = par(i);
    return let_spine(i) && !(p != AT_NONE && p + 1u == i && let_spine(p));
}

// Where a binding's pattern stands: a let's, a for's, a parameter's.
bool param(uint i) { return is_(i, P_Ascribe) && fn_head(elem_owner(i)); }
bool pattern_slot(uint i)
{
    uint p = par(i);
    return (is_(p, P_Let) && i > p + 1u) || (is_(p, P_For) && i > p + 1u) || (param(p) && i == p + 1u);
}
bool pattern_pos(uint i) { return pattern_slot(i) || (is_(par(i), P_Mut) && pattern_slot(par(i))); }
// `'a: loop {}`, `'a: while ..`, `'a: for ..`, `'a: {}`: Ascribe[Lifetime, `:`, X].
bool labeled(uint i)
{
    if (!is_(i, P_Ascribe) || !is_(i + 1u, P_Lifetime) || at(AT_SIZE, i + 1u) != 2u || !is_tm(op_of(i), TK_COLON))
        return false;
    uint x = op_of(i) + 1u;
    return (is_(x, P_Loop) || is_(x, P_While) || is_(x, P_In) || is_(x, P_Block)) && last_child(x, i);
}
// `break 'a value`: the label is a prefix of the value's first operand
// (Break[`break`, Add[Lifetime[`'a`, x], y]]), the leftmost element under
// the keyword. The Lifetime of jump j (a Break or Continue), or AT_NONE;
// `continue 'a` has no value.
#define LABEL_SPINE_MAX 256u
uint jump_label_of(uint j)
{
    if (!(is_(j, P_Break) || is_(j, P_Continue)) || j + 2u >= end_of(j))
        return AT_NONE;
    uint x = j + 2u;
    for (uint n = 0u; n < LABEL_SPINE_MAX && !is_term(x) && !is_(x, P_Lifetime); n++)
        x++;
    if (!is_(x, P_Lifetime) || !is_tm(x + 1u, TK_LIFETIME) || labeled(x - 1u) || // `break 'a: loop {}`
        (is_(j, P_Continue) && end_of(x) != end_of(j)))
        return AT_NONE;
    return at(AT_SIZE, x) == 2u || is_(j, P_Break) ? x : AT_NONE;
}
// The Break or Continue whose label Lifetime l would be.
uint jump_of_label(uint l)
{
    uint y = l;
    for (uint n = 0u; n < LABEL_SPINE_MAX && y > 0u && par(y) == y - 1u; n++)
        y--;
    uint j = par(y);
    return j != AT_NONE && y == j + 2u ? j : AT_NONE;
}
// `const N: T = e;` and `static N: T = e;` in a file or a block:
// Elem[Assign[Ascribe[Const|Static[kw, Name], `:`, T], `=`, e]], then `;`.
// (`static mut`, `pub`, `_` and a missing type are not: refused.)
bool const_head(uint c) { return (is_(c, P_Const) || is_(c, P_Static)) && at(AT_SIZE, c) == 4u && is_(c + 2u, P_Name); }
bool const_item(uint a)
{
    uint o = elem_owner(a);
    return is_(a, P_Assign) && is_(a + 1u, P_Ascribe) && const_head(a + 2u) && is_tm(op_of(a + 1u), TK_COLON) &&
           (is_(o, P_File) || is_(o, P_Block) || is_(o, P_Body));
}
bool type_pos(uint i)
{
    uint p = par(i);
    return ((is_(p, P_Ascribe) && !labeled(p)) || is_(p, P_Ret) || is_(p, P_Cast)) && i != p + 1u;
}
bool unit_paren(uint i) { return is_(i, P_Paren) && at(AT_SIZE, i) == 3u; }

uint binary_kind(uint k)
{
    switch (k) {
    case P_Or: case P_And: case P_Eq: case P_Ne: case P_Lt: case P_Gt: case P_Le: case P_Ge: case P_BitOr:
    case P_BitXor: case P_BitAnd: case P_Shl: case P_Shr: case P_Add: case P_Sub: case P_Mul: case P_Div:
    case P_Rem:
        return AST_BINARY;
    case P_AddAssign: case P_SubAssign: case P_MulAssign: case P_DivAssign: case P_RemAssign:
    case P_XorAssign: case P_AndAssign: case P_OrAssign: case P_ShlAssign: case P_ShrAssign:
        return AST_COMPOUND;
    case P_Assign: return AST_ASSIGN;
    case P_Cast: return AST_CAST;
    case P_Range: case P_RangeIncl: return AST_RANGE;
    case P_Path: return AST_PATH;
    default: return LW_DROP;
    }
}

// The macros the code generator implements: println!, print!, eprintln!
// and eprint!; the panicking and asserting ones below.
bool print_macro(uint tok)
{
    uint s = pc.tok_start.v[tok], n = pc.tok_end.v[tok] - s;
    uint e = n > 0u && load_byte(pc.src, s) == 0x65u ? 1u : 0u; // `e`
    if (n - e != 5u && n - e != 7u)
        return false;
    uint w = 0u;
    for (uint k = 0u; k < 4u; k++)
        w |= load_byte(pc.src, s + e + k) << (8u * k);
    bool ok = w == 0x6e697270u && load_byte(pc.src, s + e + 4u) == 0x74u; // "print"
    return ok && (n - e == 5u || (load_byte(pc.src, s + e + 5u) == 0x6cu && load_byte(pc.src, s + e + 6u) == 0x6eu));
}

// Does token tok spell the word w (n bytes, at most 16, packed little-endian)?
bool tok_word(uint tok, uvec4 w, uint n)
{
    uint s = pc.tok_start.v[tok];
    if (pc.tok_end.v[tok] - s != n)
        return false;
    for (uint k = 0u; k < n; k++)
        if (load_byte(pc.src, s + k) != ((w[k >> 2] >> ((k & 3u) * 8u)) & 0xffu))
            return false;
    return true;
}

// panic!, unreachable! and todo!, which the code generator implements. With
// one argument, a string with a brace means a format string in edition
// 2021 and the text as it is before it: refused there, as is a first argument
// that is not a string literal (edition 2015 panics with it as a value).
bool panic_macro(uint tok)
{
    return tok_word(tok, uvec4(0x696e6170u, 0x63u, 0u, 0u), 5u) || tok_word(tok, uvec4(0x6f646f74u, 0u, 0u, 0u), 4u) ||
           tok_word(tok, uvec4(0x65726e75u, 0x61686361u, 0x656c62u, 0u), 11u);
}
// assert!(c), assert_eq!(a, b) and assert_ne!(a, b): their value operands
// come before the message's format string (0: not one of them).
uint assert_operands(uint tok)
{
    if (tok_word(tok, uvec4(0x65737361u, 0x7472u, 0u, 0u), 6u))
        return 1u;
    bool eq = tok_word(tok, uvec4(0x65737361u, 0x655f7472u, 0x71u, 0u), 9u);
    return eq || tok_word(tok, uvec4(0x65737361u, 0x6e5f7472u, 0x65u, 0u), 9u) ? 2u : 0u;
}
// The Elem of a macro's `(` list after skip elements (AT_NONE if none).
uint mac_elem(uint args, uint skip)
{
    uint x = args + 2u; // children: `(`, Elem, `,` ...
    for (uint k = 0u; k < skip && is_(x, P_Elem); k++)
        x = is_tm(end_of(x), TK_COMMA) ? end_of(x) + 1u : AT_NONE;
    return is_(x, P_Elem) ? x : AT_NONE;
}
// The message's arguments from Elem first on (AT_NONE: none).
bool panic_args_supported(uint first)
{
    if (!is_(first, P_Elem))
        return true; // panic!()
    if (!is_(first + 1u, P_Str))
        return false;
    uint after = end_of(first); // `)`, or `,` then `)`: still one argument
    if (pc.edition >= 2021u ||
        (!is_tm(after, TK_RPAREN) && !(is_tm(after, TK_COMMA) && is_tm(after + 1u, TK_RPAREN))))
        return true; // a format string (and its arguments)
    uint t = term_tok(first + 2u), s = pc.tok_start.v[t], e = pc.tok_end.v[t];
    for (uint b = s; b < e && b < s + FORMAT_MAX_BYTES + 8u; b++) {
        uint c = load_byte(pc.src, b);
        if (c == 0x7bu || c == 0x7du)
            return false;
    }
    return true;
}
bool assert_args_supported(uint args, uint n)
{
    uint last = mac_elem(args, n - 1u);
    if (last == AT_NONE)
        return false; // too few operands: not rustc's message (refused)
    return panic_args_supported(mac_elem(args, n));
}

// What element i lowers to. refuse: 0, or a diag code for i itself: a
// refusal (DIAG_UNSUPPORTED), or a syntax error the superset grammar lets
// through (DIAG_EXPECTED_ITEM ...); at: the token it points at (LW_DROP: i's
// own, refusal_tok).
struct role { uint kind; uint tok; uint end; uint refuse; uint at; };

role drop_role() { role r; r.kind = LW_DROP; r.tok = 0u; r.end = 0u; r.refuse = 0u; r.at = LW_DROP; return r; }
role node(uint kind, uint tok_el, uint i)
{
    role r;
    r.kind = kind;
    r.tok = term_tok(tok_el);
    r.end = end_of(i);
    r.refuse = 0u;
    r.at = LW_DROP;
    return r;
}
role refused(uint code) { role r = drop_role(); r.refuse = code; return r; }
role syntax_error(uint code, uint tok) { role r = refused(code); r.at = tok; return r; }
uint first_tok(uint i) { return pc.tf.v[TF_TOK * pc.ts + min(at(AT_FIRST, i), pc.m - 1u)]; }
// Lists of expressions, where an empty element or a `;` is not Rust.
bool expr_list(uint k) { return k == P_Call || k == P_MacParen || k == P_Paren || k == P_Array || k == P_MacBracket; }


role role_of(uint i)
{
    uint k = at(AT_KIND, i);
    uint p = par(i);
    if (i == 0u) {
        role r = drop_role();
        r.kind = AST_ROOT;
        r.tok = pc.ntok;
        r.end = pc.e;
        return r;
    }
    if ((k & AT_TERMINAL) != 0u) {
        uint t = k & ~AT_TERMINAL;
        if ((t == TK_IDENT) && is_(p, P_Path) && i != p + 1u)
            return node(AST_ASSOC, i, i);
        // `f(,1)`, `println!(,, 1)`: an empty element.
        if (t == TK_COMMA && expr_list(at(AT_KIND, p)) && par(i - 1u) == p &&
            (is_tm(i - 1u, TK_COMMA) || is_tm(i - 1u, TK_LPAREN) || is_tm(i - 1u, TK_LBRACKET)))
            return syntax_error(DIAG_EXPECTED_EXPR, term_tok(i));
        // `{ a, b }`: statements are not separated by `,` (fields of a struct's
        // body and a match's arms are).
        if (t == TK_COMMA && ((is_(p, P_Block) && !is_(par(p), P_Match)) || fn_of_body(p) != AT_NONE))
            return syntax_error(DIAG_UNEXPECTED_TOKEN, term_tok(i));
        // `break 'a`, `continue 'a`: the keyword stands for the label's use,
        // which must come before break's value.
        if ((t == TK_BREAK || t == TK_CONTINUE) && jump_label_of(p) != AT_NONE)
            return node(AST_LABEL_REF, jump_label_of(p) + 1u, i);
        if (t == TM_ITEM_LBRACE && is_(p, P_Body)) {
            role r = node(AST_BLOCK, i, i);
            r.end = end_of(p);
            return r;
        }
        return drop_role();
    }
    // A file holds fn items only.
    if (is_(elem_owner(i), P_File) && fn_of_body(i) == AT_NONE && !const_item(i))
        return syntax_error(file_item(k, pc.tf.v[TF_KIND * pc.ts + min(at(AT_FIRST, i), pc.m - 1u)])
                                ? DIAG_UNSUPPORTED : DIAG_EXPECTED_ITEM, first_tok(i));
    // A `;` between items (not the one that ends `const C: u8 = 1;`), or
    // inside parentheses (`f(1;)`).
    if (k == P_Semi && is_(p, P_File)) {
        uint s = prev_sibling(i);
        if (s == AT_NONE || !is_(s, P_Elem) || is_(s + 1u, P_Body))
            return syntax_error(DIAG_EXPECTED_ITEM, first_tok(i));
        return drop_role();
    }
    if (k == P_Semi && expr_list(at(AT_KIND, p)))
        return syntax_error(DIAG_UNEXPECTED_TOKEN, first_tok(i));
    // Types are names (and `()`).
    if (type_pos(i) && !is_(i, P_Name) && !unit_paren(i))
        return refused(DIAG_UNSUPPORTED);
    // Patterns are names, `mut` names.
    if (pattern_slot(i) && !is_(i, P_Name) && !is_(i, P_Mut))
        return refused(DIAG_UNSUPPORTED);
    // let heads: statements only.
    if (const_item(i))
        return node(AST_CONST, i + 3u, i);
    if (const_item(p) && i == p + 1u) // the Ascribe
        return drop_role();
    if (const_head(i) && const_item(par(p)) && i == p + 1u)
        return drop_role();
    if (let_spine(i)) {
        bool top = let_top(i);
        uint l = is_(i, P_Let) ? i : is_(i + 1u, P_Let) ? i + 1u : i + 2u;
        // `let` stands in statements and (let chains, not supported yet) conditions;
        // statements with attributes are not supported yet either.
        bool cond = ((is_(p, P_If) || is_(p, P_While)) && i == p + 2u) || is_(p, P_Attr) || is_(p, P_Doc);
        if (top && !in_block(i))
            return cond ? refused(DIAG_UNSUPPORTED) : syntax_error(DIAG_EXPECTED_EXPR, term_tok(l + 1u));
        if (top) {
            return node(AST_LET, l + 1u, i);
        }
        role r = node(is_(p, P_Assign) ? AST_LET_INIT : AST_ASCRIBE, op_of(p), p);
        return r;
    }
    switch (k) {
    case P_File: case P_Elem: case P_Semi: case P_MacParen:
        return drop_role();
    case P_Body: {
        role r = syntax_error(DIAG_UNSUPPORTED, first_tok(i)); // an item other than a plain fn
        return fn_of_body(i) == AT_NONE ? r : node(AST_FN, fn_of_body(i) + 1u, i);
    }
    case P_Doc: { // on a fn item only
        uint b = body_of_head(i);
        return b != AT_NONE && fn_of_body(b) != AT_NONE ? drop_role() : refused(DIAG_UNSUPPORTED);
    }
    case P_InnerDoc: { // `//!` at the start of the file: after the File or another one (and a STMT_SEP)
        uint j = is_tm(i - 1u, TM_STMT_SEP) ? i - 2u : i - 1u;
        bool first = j == p || (is_(j - 1u, P_InnerDoc) && par(j - 1u) == p && end_of(j - 1u) == j + 1u);
        return is_(p, P_File) && first ? drop_role() : refused(DIAG_UNSUPPORTED);
    }
    case P_Fn:
        if (is_tm(i + 1u, TK_FN)) { // `fn fn f()`: a name (or a fn pointer type's `(`) must follow
            uint nt = at(AT_FIRST, i + 1u) + 1u;
            uint nk = nt < pc.m ? pc.tf.v[TF_KIND * pc.ts + nt] : TM_EOI;
            if (nk != TK_IDENT && nk != TK_RAW_IDENT && nk != TK_LPAREN)
                return syntax_error(DIAG_EXPECTED_IDENT, pc.tf.v[TF_TOK * pc.ts + min(nt, pc.m - 1u)]);
        }
        return fn_ok(i) && fn_of_body(body_of_head(is_(p, P_Ret) ? p : i)) == i ? drop_role()
                                                                                : refused(DIAG_UNSUPPORTED);
    case P_Ret:
        return fn_of_body(body_of_head(i)) == i + 1u ? node(AST_FN_RET, op_of(i), i) : refused(DIAG_UNSUPPORTED);
    case P_Name:
        if (!is_tm(i + 1u, TK_IDENT))
            return refused(DIAG_UNSUPPORTED);
        if (type_pos(i) || (is_(p, P_Path) && i == p + 1u))
            return node(AST_TYPE, i + 1u, i);
        if (const_head(p) && i == p + 2u && const_item(par(par(p))))
            return node(AST_CONST_NAME, i + 1u, i);
        if (pattern_pos(i))
            return node(AST_BINDING, i + 1u, i);
        if (is_(p, P_Call) && i == p + 1u)
            return node(fn_head(p) ? AST_FN_NAME : AST_CALLEE, i + 1u, i);
        if (is_(p, P_MacCall) && i == p + 1u)
            return node(AST_MACRO_NAME, i + 1u, i);
        return node(AST_NAME, i + 1u, i);
    case P_Mut:
        return pattern_slot(i) && is_(i + 2u, P_Name) && last_child(i + 2u, i) ? node(AST_MUT, i + 1u, i)
                                                                                 : refused(DIAG_UNSUPPORTED);
    case P_Ascribe:
        if (labeled(i))
            return drop_role(); // its label node stands for it
        return param(i) && has_operand_after(op_of(i), i) ? node(AST_PARAM, op_of(i), i) : refused(DIAG_UNSUPPORTED);
    case P_Call:
        if (!is_tm(op_of(i), TK_LPAREN) || (fn_head(i) && !is_(i + 1u, P_Name) && !is_(i + 1u, P_Generics)))
            return refused(DIAG_UNSUPPORTED);
        return node(fn_head(i) ? AST_FN_SIG : AST_CALL, op_of(i), i);
    case P_MacCall: {
        uint args = i + 2u + at(AT_SIZE, i + 1u);
        if (!is_(i + 1u, P_Name) || !is_(args, P_MacParen))
            return refused(DIAG_UNSUPPORTED);
        uint name = term_tok(i + 2u);
        uint ops = assert_operands(name);
        if (!print_macro(name) && !(panic_macro(name) && panic_args_supported(mac_elem(args, 0u))) &&
            !(ops > 0u && assert_args_supported(args, ops)))
            return refused(DIAG_UNSUPPORTED);
        return node(AST_MACRO, args + 1u, i);
    }
    case P_Str: {
        // the format string: child 1 of the macro's `(` list (child 0 is the `(`)
        // (after an assertion's operands)
        uint o = elem_owner(i);
        uint ops = is_(o, P_MacParen) && is_(par(o), P_MacCall) ? assert_operands(term_tok(par(o) + 2u)) : 0u;
        if (!(is_(o, P_MacParen) && at(AT_CHILD, par(i)) == 1u + 2u * ops))
            return refused(DIAG_UNSUPPORTED);
        uint t = term_tok(i + 1u);
        if (pc.tok_end.v[t] - pc.tok_start.v[t] > FORMAT_MAX_BYTES)
            return refused(DIAG_FORMAT_TOO_LONG);
        return node(AST_STR, i + 1u, i);
    }
    case P_Int: return node(AST_INT, i + 1u, i);
    case P_True: case P_False: return node(AST_BOOL, i + 1u, i);
    case P_Paren:
        if (unit_paren(i))
            return node(AST_UNIT, i + 1u, i);
        if (is_(i + 2u, P_Elem) && is_tm(end_of(i + 2u), TK_RPAREN) && end_of(i + 2u) + 1u == end_of(i))
            return node(AST_PAREN, i + 1u, i);
        return refused(DIAG_UNSUPPORTED);
    case P_Block:
        return node(AST_BLOCK, i + 1u, i);
    case P_Neg: case P_Not:
        return at(AT_SIZE, i) > 2u ? node(AST_UNARY, i + 1u, i) : refused(DIAG_UNSUPPORTED);
    case P_If: {
        uint c = i + 2u, b = c + at(AT_SIZE, c);
        if (!is_tm(i + 1u, TK_IF) || !is_(b, P_Block) || !last_child(b, i))
            return refused(DIAG_UNSUPPORTED);
        uint top = i;
        uint steps = 0u;
        while (is_(par(top), P_Else) && steps < ELSE_CHAIN_MAX) {
            top = par(top);
            steps++;
        }
        if (steps == ELSE_CHAIN_MAX)
            return refused(DIAG_UNSUPPORTED);
        role r = node(AST_IF, i + 1u, i);
        r.end = end_of(top);
        return r;
    }
    case P_Else: {
        uint lhs = i + 1u, rhs = op_of(i) + 1u;
        // `if a {} else {} else {}`: after an else block no `else` can follow
        if (is_(lhs, P_Else) && !is_(op_of(lhs) + 1u, P_If))
            return syntax_error(DIAG_EXPECTED_EXPR, term_tok(op_of(i)));
        bool ok = (is_(lhs, P_If) || is_(lhs, P_Else)) && (is_(rhs, P_If) || is_(rhs, P_Block)) && last_child(rhs, i);
        return ok ? drop_role() : refused(DIAG_UNSUPPORTED);
    }
    case P_While: {
        uint c = i + 2u, b = c + at(AT_SIZE, c);
        return is_(b, P_Block) && last_child(b, i) ? node(AST_WHILE, i + 1u, i) : refused(DIAG_UNSUPPORTED);
    }
    case P_Loop:
        return is_(i + 2u, P_Block) && last_child(i + 2u, i) ? node(AST_LOOP, i + 1u, i) : refused(DIAG_UNSUPPORTED);
    case P_In: {
        uint f = i + 1u, r = op_of(i) + 1u, b = r + at(AT_SIZE, min(r, pc.e - 1u));
        bool ok = is_(f, P_For) && is_tm(f + 1u, TK_FOR) && is_tm(op_of(i), TK_IN) && r < b && is_(b, P_Block) &&
                  last_child(b, i);
        return ok ? node(AST_FOR, f + 1u, i) : refused(DIAG_UNSUPPORTED);
    }
    case P_For: {
        if (!is_(p, P_In) || p + 1u != i)
            return refused(DIAG_UNSUPPORTED);
        role r = node(AST_FOR_IN, op_of(p), i);
        uint rng = op_of(p) + 1u;
        r.end = end_of(rng);
        return r;
    }
    case P_Lifetime: // a loop's or block's label, over what it labels
        if (labeled(p) && i == p + 1u) {
            role r = node(AST_LABEL, i + 1u, i);
            r.end = end_of(p);
            return r;
        }
        return jump_label_of(jump_of_label(i)) == i ? drop_role() : refused(DIAG_UNSUPPORTED);
    case P_Break: case P_Return: case P_Continue: {
        if (k == P_Continue && at(AT_SIZE, i) > 2u && jump_label_of(i) == AT_NONE)
            return refused(DIAG_UNSUPPORTED);
        return node(k == P_Break ? AST_BREAK : k == P_Return ? AST_RETURN : AST_CONTINUE, i + 1u, i);
    }
    default: {
        uint b = binary_kind(k);
        if (b == LW_DROP)
            return refused(DIAG_UNSUPPORTED);
        uint t = op_of(i);
        if (is_term(i + 1u) || !is_term(t))
            return refused(DIAG_UNSUPPORTED);
        bool rhs = k == P_Path ? is_tm(t + 1u, TK_IDENT) && t + 2u == end_of(i) : has_operand_after(t, i);
        return rhs ? node(b, t, i) : refused(DIAG_UNSUPPORTED);
    }
    }
}

// Where a refusal points: the element's own first terminal (its keyword or
// operator), else the first token it covers.
uint refusal_tok(uint i)
{
    if (i + 1u < end_of(i) && is_term(i + 1u))
        return term_tok(i + 1u);
    if (i + 1u < end_of(i) && op_of(i) < end_of(i) && is_term(op_of(i)))
        return term_tok(op_of(i));
    return pc.tf.v[TF_TOK * pc.ts + min(at(AT_FIRST, i), pc.m - 1u)];
}
