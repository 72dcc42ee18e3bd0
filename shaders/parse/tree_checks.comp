#version 460
// Tree, syntax checks: what rustc refuses while parsing that the superset
// grammar lets through.
//
// A file's elements are items: a literal, say, is rustc's "expected item".
//
// Let chains (`if let P = a && b {}`, `while c && let P
// = d {}`) are Rust 2024's; before it rustc refuses them while parsing, at
// the `let` expression. The grammar parses `&&` tighter than the let's `=`
// (Assign[Let P, And[a, b]], Assign[And[c, Let P], d]), so a Let is in a
// chain when, climbing from it through Ands and Assigns to an `if`/`while`
// condition, an And is passed or the rhs of the Assign it is the lhs of is
// one (`if let P = a && let Q = b`: Assign[Let P, Assign[And[a, Let Q], b]]). The
// let expression ends with the Assign's rhs, less the `&&`s after it.
//
// An inherent impl (one without `for`) cannot be `unsafe`, negative or
// `default`: rustc refuses each while parsing, at the impl's type.
//
// `let` is a statement: one that ends a block needs its `;` (the grammar
// takes `{ let x = 1 }` as a block with a let-expression tail). rustc points
// at the `}` when it is on the let's line, else after the let.
//
// `break 'a: loop {}` needs parentheses around its value.
#include "common.glsl"
#include "llp_fields.h"
#include "llp_tables.h"
#include "tree_fields.h"
#include "diag_codes.h"
#include "diag.glsl"
#include "llp_terms.h"
#include "items.glsl"

layout(push_constant) uniform Push {
    U32 at; U32 tf; U32 tok_start; U32 tok_end; U32 diags; U32 src;
    uint e; uint es; uint ts; uint edition;
} pc;

#define CLIMB_MAX 256u

uint at(uint f, uint i) { return pc.at.v[f * pc.es + i]; }
bool is_(uint i, uint k) { return i < pc.e && at(AT_KIND, i) == k; }
uint term_tok(uint t) { return pc.tf.v[TF_TOK * pc.ts + t]; }
// The element after child c of a node: its next sibling.
uint next_sibling(uint c) { return c + at(AT_SIZE, c); }

void file_element(uint i)
{
    uint p = at(AT_PARENT, i);
    if ((at(AT_KIND, i) & AT_TERMINAL) != 0u || !is_(p, P_Elem) || !is_(at(AT_PARENT, p), P_File))
        return;
    uint first = at(AT_FIRST, i);
    if (first < at(AT_END, i) && !file_item(at(AT_KIND, i), pc.tf.v[TF_KIND * pc.ts + first])) {
        uint t = term_tok(first);
        diag_emit(pc.diags, DIAG_EXPECTED_ITEM, pc.tok_start.v[t], pc.tok_end.v[t], 0u);
    }
}

// Is element i the word `default` (a Name: its terminal follows it)?
bool default_word(uint i)
{
    if (!is_(i, P_Name) || at(AT_SIZE, i) != 2u)
        return false;
    uint t = term_tok(at(AT_FIRST, i)), s = pc.tok_start.v[t];
    if (pc.tok_end.v[t] - s != 7u)
        return false;
    const uint word[7] = uint[](0x64u, 0x65u, 0x66u, 0x61u, 0x75u, 0x6cu, 0x74u);
    for (uint b = 0u; b < 7u; b++)
        if (load_byte(pc.src, s + b) != word[b])
            return false;
    return true;
}

void inherent_impl_error(uint ty, uint what)
{
    uint s = pc.tok_start.v[term_tok(at(AT_FIRST, ty))];
    uint e = pc.tok_end.v[term_tok(at(AT_END, ty) - 1u)];
    diag_emit(pc.diags, DIAG_INHERENT_IMPL, s, e, what);
}

// Impl[`impl`, X]: past generics (Juxt[Angle, T]), T is ImplFor for a trait
// impl, or Not[`!`, ImplFor] for a negative one; else T is the type, or
// Not[`!`, type].
void inherent_impl(uint i)
{
    if (!is_(i, P_Impl))
        return;
    uint x = i + 2u;
    if (x >= next_sibling(i) || is_(x, P_ImplFor))
        return;
    if (is_(x, P_Juxt) && is_(x + 1u, P_Angle))
        x = next_sibling(x + 1u);
    if (is_(x, P_Const)) // `impl const Trait for T`: Const[`const`, ImplFor]
        x = x + 2u;
    if (x >= next_sibling(i))
        return;
    bool negative = is_(x, P_Not);
    uint ty = negative ? x + 2u : x;
    if (ty >= next_sibling(x) || is_(ty, P_ImplFor)) // `impl !Send for T`: Not[ImplFor]
        return;
    uint p = at(AT_PARENT, i), top = i;
    if (is_(p, P_Unsafe)) {
        inherent_impl_error(ty, 0u);
        top = p;
        p = at(AT_PARENT, p);
    }
    if (negative)
        inherent_impl_error(ty, 1u);
    // `default impl`: Juxt[Name default, Impl], or Juxt[Juxt[Pub, Name default], Impl]
    if (is_(p, P_Juxt) && top == next_sibling(p + 1u)) {
        uint l = p + 1u;
        if (default_word(l) || (is_(l, P_Juxt) && default_word(next_sibling(l + 1u))))
            inherent_impl_error(ty, 2u);
    }
}

// Elem[Let..], Elem[Assign[Let.., e]], Elem[Assign[Ascribe[Let.., T], e]]
// followed by the block's `}`.
void let_without_semi(uint i)
{
    if (!is_(i, P_Elem))
        return;
    uint x = i + 1u;
    for (uint k = 0u; k < 3u && (is_(x, P_Assign) || is_(x, P_Ascribe)); k++)
        x = x + 1u;
    uint n = next_sibling(i);
    if (!is_(x, P_Let) || n >= pc.e || at(AT_KIND, n) != (AT_TERMINAL | TK_RBRACE))
        return;
    uint let_end = pc.tok_end.v[term_tok(at(AT_END, i) - 1u)];
    uint close = pc.tok_start.v[term_tok(at(AT_FIRST, n))];
    bool same_line = true;
    for (uint b = let_end; b < close && b < let_end + 4096u; b++)
        same_line = same_line && load_byte(pc.src, b) != 10u;
    if (same_line)
        diag_emit(pc.diags, DIAG_LET_NO_SEMI, close, close + 1u, 0u);
    else
        diag_emit(pc.diags, DIAG_EXPECTED_SEMI, let_end, let_end, close);
}

// `break 'a: loop {}` (the value's leftmost operand a labeled expression):
// rustc asks for parentheses, `break` taking the label for its own.
bool labeled_expr(uint x)
{
    return is_(x, P_Ascribe) && is_(x + 1u, P_Lifetime) && at(AT_SIZE, x + 1u) == 2u;
}
void labeled_break_value(uint i)
{
    if (!is_(i, P_Break) || !is_(i + 1u, AT_TERMINAL | TK_BREAK))
        return;
    for (uint x = i + 2u, n = 0u; n < CLIMB_MAX && x < next_sibling(i) && (at(AT_KIND, x) & AT_TERMINAL) == 0u;
         x++, n++) {
        if (is_(x, P_Lifetime))
            return;
        if (labeled_expr(x)) {
            uint s = pc.tok_start.v[term_tok(at(AT_FIRST, x))];
            uint e = pc.tok_end.v[term_tok(at(AT_END, x) - 1u)];
            diag_emit(pc.diags, DIAG_LABELED_BREAK_VALUE, s, e, 0u);
            return;
        }
    }
}

void item(uint i)
{
    if (i >= pc.e)
        return;
    file_element(i);
    labeled_break_value(i);
    inherent_impl(i);
    let_without_semi(i);
    if (pc.edition >= 2024u || !is_(i, P_Let))
        return;
    uint x = i, assign = AT_NONE;
    bool chain = false;
    for (uint n = 0u; n < CLIMB_MAX; n++) {
        uint p = at(AT_PARENT, x);
        if (is_(p, P_And)) {
            chain = true;
        } else if (is_(p, P_Assign)) {
            if (x == p + 1u && assign == AT_NONE) { // children: lhs, `=`, rhs
                assign = p;
                chain = chain || is_(next_sibling(next_sibling(x)), P_And);
            }
        } else {
            bool cond = (is_(p, P_If) || is_(p, P_While)) && x == p + 2u;
            if (!chain || !cond || assign == AT_NONE)
                return;
            uint r = next_sibling(next_sibling(assign + 1u));
            for (uint k = 0u; k < CLIMB_MAX && is_(r, P_And); k++)
                r = r + 1u; // And's lhs
            uint s = pc.tok_start.v[term_tok(at(AT_FIRST, i))];
            uint e = pc.tok_end.v[term_tok(at(AT_END, r) - 1u)];
            diag_emit(pc.diags, DIAG_LET_CHAIN, s, e, 0u);
            return;
        }
        x = p;
    }
}

ELEMENTWISE_MAIN
