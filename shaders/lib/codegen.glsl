// Shared by the IR and x86-64 codegen passes (shaders/ir/, shaders/codegen/x86_64/):
// the push block (must match struct cg_push in src/codegen.c), accessors for
// the AST, the per-node and per-event arrays, and the Euler-tour event map.
#include "common.glsl"
#include "ast.h"
#include "tokens.h"
#include "abi.h"

#define NONE 0xffffffffu

layout(push_constant) uniform Push {
    U32 ast; U32 tok_kind; U32 tok_start; U32 tok_end; U32 src; U32 line_start;
    U32 nodes; U32 events; U32 text; U32 rela; U32 counts;
    U32 fmt_args; // sema: inline `{name}` bindings, 8 words per STR node
    uint nnodes; uint stride; uint ntok; uint nlines; uint nevents; uint flags; uint pad0; uint pad1;
} pc;

// pc.flags
#define CGF_EMIT 1u        // cg_gen: write bytes (else: measure)

// Per-node arrays (stride nnodes + 1).
#define N_BS 0u     // exclusive scan of "is BINDING" (nnodes + 1 entries)
#define N_FS 1u     // inclusive scan of "is FN"
#define N_FNODE 2u  // FN node of each fn rank
#define N_COUNT 3u

// Per-event arrays (stride nevents + 1); scanned in place by the host.
#define E_NODE 0u   // node of the event
#define E_LEN 1u    // code bytes -> exclusive scan: offset in .text
#define E_DELTA 2u  // static stack change (8-byte words) -> exclusive scan: depth before the event
#define E_NREL 3u   // relocations -> exclusive scan: first record
#define E_POOL 4u   // string-pool bytes -> exclusive scan: offset in the pool
#define E_COUNT 5u

// Counters in pc.counts.
#define C_CODE 0u
#define C_DELTA 1u
#define C_NREL 2u
#define C_POOL 3u
#define C_MAIN 4u

uint K(uint v) { return pc.ast.v[A_KIND * pc.stride + v]; }
uint TOK(uint v) { return pc.ast.v[A_TOK * pc.stride + v]; }
uint PAR(uint v) { return pc.ast.v[A_PARENT * pc.stride + v]; }
uint DEP(uint v) { return pc.ast.v[A_DEPTH * pc.stride + v]; }
uint SZ(uint v) { return pc.ast.v[A_SIZE * pc.stride + v]; }
uint SEMI(uint v) { return pc.ast.v[A_SEMI * pc.stride + v]; }
uint DECL(uint v) { return pc.ast.v[A_DECL * pc.stride + v]; }
uint TYRAW(uint v) { return pc.ast.v[A_TYPE * pc.stride + v]; }
bool NOCODE(uint v) { return (pc.ast.v[A_FLAGS * pc.stride + v] & 1u) != 0u; }
uint64_t CONST_VALUE(uint v) { return uint64_t(pc.ast.v[A_VLO * pc.stride + v]) | (uint64_t(pc.ast.v[A_VHI * pc.stride + v]) << 32); }

uint NF(uint f, uint v) { return pc.nodes.v[f * (pc.nnodes + 1u) + v]; }
void NF_SET(uint f, uint v, uint x) { pc.nodes.v[f * (pc.nnodes + 1u) + v] = x; }
uint EF(uint f, uint e) { return pc.events.v[f * (pc.nevents + 1u) + e]; }
void EF_SET(uint f, uint e, uint x) { pc.events.v[f * (pc.nevents + 1u) + e] = x; }

uint tok_kind(uint t) { return t < pc.ntok ? pc.tok_kind.v[t] : 0u; }
uint tok_start(uint t) { return pc.tok_start.v[t]; }
uint tok_end(uint t) { return pc.tok_end.v[t]; }
uint src_byte(uint i) { return load_byte(pc.src, i); }
#define INT_BYTE(i) src_byte(i)
#include "ints.glsl"

// Euler tour: ENTER(v) and AFTER(v) (owned by v's parent) in execution order.
uint ev_enter(uint v) { return 2u * v - DEP(v); }
uint ev_after(uint v) { return ev_enter(v) + 2u * SZ(v) - 1u; }

uint fn_of(uint v) { return NF(N_FNODE, NF(N_FS, v) - 1u); }
uint fn_sig(uint fn) { return K(fn + 1u) == AST_FN_RET ? fn + 2u : fn + 1u; }
uint fn_nslots(uint fn) { return NF(N_BS, fn + SZ(fn)) - NF(N_BS, fn); }
uint fn_nparams(uint fn) { uint s = fn_sig(fn); return NF(N_BS, s + SZ(s)) - NF(N_BS, s); }
// Frame slot of the first BINDING at or under node b.
uint slot_of(uint b) { return NF(N_BS, b) - NF(N_BS, fn_of(b)); }

bool is_last_child(uint c, uint p) { return c + SZ(c) == p + SZ(p); }

// Do the identifier tokens a and b spell the same name?
bool same_text(uint a, uint b)
{
    uint sa = tok_start(a), la = tok_end(a) - sa, sb = tok_start(b), lb = tok_end(b) - sb;
    if (la != lb)
        return false;
    for (uint i = 0u; i < la; i++)
        if (src_byte(sa + i) != src_byte(sb + i))
            return false;
    return true;
}

// Does token t spell the ASCII word w (up to 8 bytes, packed little-endian, length n)?
bool tok_is(uint t, uint64_t w, uint n)
{
    uint s = tok_start(t);
    if (tok_end(t) - s != n)
        return false;
    for (uint i = 0u; i < n; i++)
        if (src_byte(s + i) != uint((w >> (8u * i)) & 0xffu))
            return false;
    return true;
}
// The same for a word of up to 16 bytes: w0 the first 8, w1 the rest.
bool tok_is16(uint t, uint64_t w0, uint64_t w1, uint n)
{
    uint s = tok_start(t);
    if (tok_end(t) - s != n)
        return false;
    for (uint i = 0u; i < n; i++)
        if (src_byte(s + i) != uint(((i < 8u ? w0 : w1) >> (8u * (i & 7u))) & 0xffu))
            return false;
    return true;
}

// Type named by a primitive type's identifier token (TY_UNKNOWN otherwise).
uint type_of_tok(uint t)
{
    uint s = tok_start(t), n = tok_end(t) - s;
    if (n < 2u || n > 5u)
        return TY_UNKNOWN;
    uint c0 = src_byte(s);
    if (n == 4u && tok_is(t, 0x6c6f6f62ul, 4u))
        return TY_BOOL;
    if (c0 != 0x69u && c0 != 0x75u) // i u
        return TY_UNKNOWN;
    uint base = c0 == 0x69u ? TY_I8 : TY_U8;
    if (n == 5u)
        return src_byte(s + 1u) == 0x73u ? base + 4u : TY_UNKNOWN; // isize usize
    uint bits = 0u;
    for (uint i = 1u; i < n; i++)
        bits = bits * 10u + (src_byte(s + i) - 0x30u);
    if (bits == 8u) return base;
    if (bits == 16u) return base + 1u;
    if (bits == 32u) return base + 2u;
    if (bits == 64u) return base + 3u;
    return TY_UNKNOWN;
}

// Type of an expression node; unknown and unsettled literals count as i32.
uint TY(uint v)
{
    uint t = TYRAW(v);
    if (t == TY_UNKNOWN || t == TY_INTEGER || t == TY_NEVER || t > TY_STR)
        return TY_I32;
    return t;
}
