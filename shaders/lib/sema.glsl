// Shared by the sema passes (src/sema.c): push constants, the per-node
// scratch fields, and helpers over the preorder AST.
#include "ast.h"
#include "tokens.h"
#include "diag.glsl"

layout(push_constant) uniform Push {
    U32 ast; U32 tok_start; U32 tok_end; U32 src; U32 diags; U32 s; U32 ev; U32 fmt_args; U32 x0; U32 x1; U32 x2;
    uint nn; uint astride; uint ss; uint ntok; uint nev; uint evs; uint arg0; uint arg1; uint pad0; uint pad1;
} pc;

// Scratch fields (s buffer, field f of node p at f * ss + p; ss = nn + SEMA_VIRT).
// Nodes nn + t (t a TY_* id) are virtual nodes of the concrete type t.
#include "sema_fields.h"

#define NONE 0xffffffffu
#define PENDING 0xfffffffeu

uint A(uint f, uint p) { return pc.ast.v[f * pc.astride + p]; }
void A_set(uint f, uint p, uint v) { pc.ast.v[f * pc.astride + p] = v; }
uint kind(uint p) { return p < pc.nn ? A(A_KIND, p) : 0xffu; }
uint parent(uint p) { return A(A_PARENT, p); }
uint size(uint p) { return A(A_SIZE, p); }
uint tok(uint p) { return A(A_TOK, p); }
uint S(uint f, uint p) { return pc.s.v[f * pc.ss + p]; }
void S_set(uint f, uint p, uint v) { pc.s.v[f * pc.ss + p] = v; }
uint flag_addr(uint k) { return S_COUNT * pc.ss + k; }
uint EV(uint f, uint e) { return pc.ev.v[f * pc.evs + e]; }
void EV_set(uint f, uint e, uint v) { pc.ev.v[f * pc.evs + e] = v; }
uint tstart(uint t) { return t < pc.ntok ? pc.tok_start.v[t] : 0u; }
uint tend(uint t) { return t < pc.ntok ? pc.tok_end.v[t] : 0u; }
uint byte_at(uint i) { return load_byte(pc.src, i); }

bool is_ident_byte(uint b) { return b == 95u || (b >= 48u && b <= 57u) || ((b | 32u) >= 97u && (b | 32u) <= 122u) || b >= 128u; }

uint hash_bytes(uint s, uint e)
{
    uint h = 2166136261u;
    for (uint i = s; i < e; i++)
        h = (h ^ byte_at(i)) * 16777619u;
    return h;
}

bool bytes_equal(uint s1, uint e1, uint s2, uint e2)
{
    if (e1 - s1 != e2 - s2)
        return false;
    for (uint i = 0u; i < e1 - s1; i++)
        if (byte_at(s1 + i) != byte_at(s2 + i))
            return false;
    return true;
}

// Does the token text of node p equal the literal given as up to 12 bytes packed little-endian?
bool text_is(uint p, uint len, uint w0, uint w1, uint w2)
{
    uint t = tok(p);
    uint s = tstart(t), e = tend(t);
    if (e - s != len)
        return false;
    for (uint i = 0u; i < len; i++) {
        uint w = i < 4u ? w0 : (i < 8u ? w1 : w2);
        if (byte_at(s + i) != ((w >> ((i & 3u) * 8u)) & 0xffu))
            return false;
    }
    return true;
}

// Type named by the bytes [s, e), or TY_UNKNOWN.
uint type_named(uint s, uint e)
{
    uint len = e - s;
    uint c0 = byte_at(s);
    if (len == 4u && c0 == 98u && byte_at(s + 1u) == 111u && byte_at(s + 2u) == 111u && byte_at(s + 3u) == 108u)
        return TY_BOOL;
    if (c0 != 105u && c0 != 117u)
        return TY_UNKNOWN;
    uint base = c0 == 105u ? TY_I8 : TY_U8;
    if (len == 5u && byte_at(s + 1u) == 115u && byte_at(s + 2u) == 105u && byte_at(s + 3u) == 122u && byte_at(s + 4u) == 101u)
        return base + 4u;
    uint num = 0u;
    for (uint i = s + 1u; i < e; i++) {
        uint b = byte_at(i);
        if (b < 48u || b > 57u || i > s + 3u)
            return TY_UNKNOWN;
        num = num * 10u + (b - 48u);
    }
    if (num == 8u) return base;
    if (num == 16u) return base + 1u;
    if (num == 32u) return base + 2u;
    if (num == 64u) return base + 3u;
    return TY_UNKNOWN;
}

// Types every Rust program may name that this compiler does not handle yet
// (primitives and the prelude's): refused as not supported, never E0412.
// char str f32 f64 i128 u128 String Vec Option Result Box, packed little-endian, and their lengths
const uvec3 KNOWN_UNSUPPORTED_TYPES[11] = uvec3[](
    uvec3(0x72616863u, 0x00000000u, 4u),
    uvec3(0x00727473u, 0x00000000u, 3u),
    uvec3(0x00323366u, 0x00000000u, 3u),
    uvec3(0x00343666u, 0x00000000u, 3u),
    uvec3(0x38323169u, 0x00000000u, 4u),
    uvec3(0x38323175u, 0x00000000u, 4u),
    uvec3(0x69727453u, 0x0000676eu, 6u),
    uvec3(0x00636556u, 0x00000000u, 3u),
    uvec3(0x6974704fu, 0x00006e6fu, 6u),
    uvec3(0x75736552u, 0x0000746cu, 6u),
    uvec3(0x00786f42u, 0x00000000u, 3u));
bool known_unsupported_type(uint s, uint e)
{
    uint len = e - s;
    if (len > 8u)
        return false;
    uvec2 w = uvec2(0u);
    for (uint i = 0u; i < len; i++)
        w[i >> 2] |= byte_at(s + i) << ((i & 3u) * 8u);
    for (uint k = 0u; k < 11u; k++)
        if (KNOWN_UNSUPPORTED_TYPES[k] == uvec3(w, len))
            return true;
    return false;
}

// The EV_SUB of a binding's own query: is its name a constant's (E0005)?
#define SUB_BINDING_CHECK 0xfffeu

bool is_int_ty(uint t) { return t >= TY_I8 && t <= TY_USIZE; }
bool is_loop_kind(uint k) { return k == AST_LOOP || k == AST_WHILE || k == AST_FOR; }

// The binding a BINDING/MUT/ASCRIBE pattern node introduces.
uint pattern_binding(uint p)
{
    if (kind(p) == AST_ASCRIBE)
        p = p + 1u;
    if (kind(p) == AST_MUT)
        p = p + 1u;
    return kind(p) == AST_BINDING ? p : NONE;
}

// Above a binding b: `mut`, a type ascription and a let's `=`, each where
// present. Returns the node those hang from (LET, PARAM, FOR_IN), with the
// LET_INIT (init, else NONE) and the ASCRIBE (ascribe, else NONE) on the way.
uint binding_owner(uint b, out uint init, out uint ascribe)
{
    init = NONE;
    ascribe = NONE;
    uint q = parent(b);
    if (kind(q) == AST_MUT)
        q = parent(q);
    if (kind(q) == AST_ASCRIBE) {
        ascribe = q;
        q = parent(q);
    }
    if (kind(q) == AST_LET_INIT) {
        init = q;
        q = parent(q);
    }
    return q;
}

// A fn's signature node, body block and declared return TYPE node (NONE: unit).
uint fn_sig(uint f) { return kind(f + 1u) == AST_FN_RET ? f + 2u : f + 1u; }
uint fn_ret_type(uint f) { return kind(f + 1u) == AST_FN_RET ? S(S_LAST, f + 1u) : NONE; }

// Macro name tests (first child of a MACRO node).
bool macro_is_panic(uint m)
{
    uint n = m + 1u;
    return text_is(n, 5u, 0x696e6170u, 0x63u, 0u)                       // panic
        || text_is(n, 11u, 0x65726e75u, 0x61686361u, 0x656c62u)         // unreachable
        || text_is(n, 4u, 0x6f646f74u, 0u, 0u);                         // todo
}
bool macro_is_assert_eq(uint m)
{
    uint n = m + 1u;
    return text_is(n, 9u, 0x65737361u, 0x655f7472u, 0x71u) || text_is(n, 9u, 0x65737361u, 0x6e5f7472u, 0x65u);
}
bool macro_is_assert(uint m) { return text_is(m + 1u, 6u, 0x65737361u, 0x7472u, 0u); }
// Value operands before an assertion's message: assert! 1, assert_eq!/assert_ne! 2.
uint macro_operands(uint m) { return macro_is_assert(m) ? 1u : macro_is_assert_eq(m) ? 2u : 0u; }
// The child of macro m that is its format string's place (past the name
// and any operands; it may be past the end).
uint macro_fmt_child(uint m)
{
    uint c = m + 2u;
    for (uint k = macro_operands(m); k > 0u && c < m + size(m); k--)
        c += size(c);
    return c;
}
bool macro_is_format(uint m)
{
    uint n = m + 1u;
    return text_is(n, 7u, 0x6e697270u, 0x6e6c74u, 0u) || text_is(n, 5u, 0x6e697270u, 0x74u, 0u)
        || text_is(n, 8u, 0x69727065u, 0x6e6c746eu, 0u) || text_is(n, 6u, 0x69727065u, 0x746eu, 0u)
        || macro_is_panic(m) || text_is(n, 6u, 0x6d726f66u, 0x7461u, 0u) || macro_is_assert(m)
        || macro_is_assert_eq(m);
}

// A call to a path ending in `exit` (std::process::exit): diverges.
bool call_is_exit(uint p)
{
    uint c = p + 1u;
    if (kind(c) != AST_PATH)
        return false;
    return text_is(c + size(c) - 1u, 4u, 0x74697865u, 0u, 0u);
}

// Span of node p's whole expression: first to last token of its source.
uint span_lo(uint p)
{
    uint t = A(A_LO, p);
    return t >= pc.ntok ? 0u : tstart(t);
}
uint span_hi(uint p)
{
    uint t = A(A_HI, p);
    return t >= pc.ntok ? 0u : tend(t);
}

#define INT_BYTE(i) byte_at(i)
#include "ints.glsl"
uint fmt_byte(uint i) { return byte_at(i); }
#include "format.glsl"

// Next inline `{name}` / `{name:spec}` argument of a format string at or after
// byte i (up to e); advances i past it. Stops at the first malformed piece
// (sema_format reports it).
bool fmt_next(inout uint i, uint e, bool raw, out uint ns, out uint ne)
{
    ns = 0u;
    ne = 0u;
    while (i < e) {
        bool brace;
        if (fmt_skip_literal(i, e, raw, brace)) {
            if (brace)
                return false;
            continue;
        }
        if (fmt_byte(i) == 125u)
            return false;
        FmtHole h = fmt_hole(i, e, raw);
        if (h.err != FMT_OK)
            return false;
        i = h.end;
        if (h.argk == FMT_ARG_NAME) {
            ns = h.ns;
            ne = h.ne;
            return true;
        }
    }
    return false;
}

// The format string node's byte range inside its quotes, if p is a STR
// argument of a formatting macro; raw: no escapes.
bool fmt_string(uint p, out uint s, out uint e, out bool raw)
{
    s = 0u;
    e = 0u;
    raw = false;
    if (kind(p) != AST_STR || p == 0u)
        return false;
    uint m = parent(p);
    if (kind(m) != AST_MACRO || !macro_is_format(m) || p != macro_fmt_child(m))
        return false;
    uint t = tok(p);
    raw = fmt_content(tstart(t), tend(t), s, e);
    return true;
}

// Operator class of a BINARY/COMPOUND node, from its token's bytes:
// 0 arithmetic or bitwise, 1 shift, 2 comparison, 3 && / ||.
uint op_class(uint p)
{
    uint t = tok(p);
    uint s = tstart(t), len = tend(t) - s;
    uint b0 = byte_at(s), b1 = len > 1u ? byte_at(s + 1u) : 0u;
    if (len >= 2u && (b0 == 60u || b0 == 62u) && b1 == b0)
        return 1u;
    if (len == 2u && b1 == 61u && b0 != 43u && b0 != 45u && b0 != 42u && b0 != 47u && b0 != 37u && b0 != 38u &&
        b0 != 124u && b0 != 94u)
        return 2u;                     // == != <= >=
    if (len == 1u && (b0 == 60u || b0 == 62u))
        return 2u;
    if (len == 2u && (b0 == 38u || b0 == 124u) && b1 == b0)
        return 3u;
    return 0u;
}

// Integer literal's suffix type, or TY_INTEGER.
uint int_literal_type(uint p)
{
    uint t = tok(p);
    uint s = tstart(t), e = tend(t);
    for (uint i = s; i < e; i++) {
        uint b = byte_at(i);
        if (b == 105u || b == 117u)
            return type_named(i, e);
    }
    return TY_INTEGER;
}

// A component's type: its earliest seeded member's, refined by its earliest
// concrete integer member when the first is only "some integer".
uint comp_type(uint fa_field, uint root)
{
    uint fa = S(fa_field, root);
    if (fa == NONE)
        return TY_UNKNOWN;
    uint t = fa & 31u;
    if (t == TY_INTEGER) {
        uint fi = S(fa_field + 1u, root);
        if (fi != NONE)
            t = fi & 31u;
    }
    return t;
}

bool compat(uint a, uint b)
{
    if (a == TY_UNKNOWN || b == TY_UNKNOWN || a == b)
        return true;
    if (a == TY_INTEGER && is_int_ty(b))
        return true;
    if (b == TY_INTEGER && is_int_ty(a))
        return true;
    return false;
}
