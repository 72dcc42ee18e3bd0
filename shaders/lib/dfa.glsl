// The lexer DFA (tables from tools/lexgen.c) and its transition functions:
// a function maps each of up to 64 states to a state, one byte per state.
#include "lex_tables.glsl"

struct Fn { uint w[LEX_FN_WORDS]; };

shared uint lex_trans[LEX_NUM_STATES * LEX_NUM_CLASSES]; // next | boundary << 8
shared uint lex_class[256];

void lex_load_tables(U32 table)
{
    for (uint i = gl_LocalInvocationID.x; i < 256u; i += WG)
        lex_class[i] = table.v[LEX_OFF_CLASS + i];
    for (uint i = gl_LocalInvocationID.x; i < LEX_NUM_STATES * LEX_NUM_CLASSES; i += WG)
        lex_trans[i] = table.v[LEX_OFF_TRANS + i];
    barrier();
}

// A byte's class, or the override class src/lex.c set on it: a word of the
// override array marks at most one of its four bytes (4 | lane | class << 8).
uint byte_class(U32 src, U32 ovr, uint has_ovr, uint i)
{
    if (has_ovr != 0u) {
        uint w = ovr.v[i >> 2];
        if (w != 0u && (w & 3u) == (i & 3u))
            return w >> 8;
    }
    return lex_class[load_byte(src, i)];
}

uint fn_get(Fn f, uint s) { return (f.w[s >> 2] >> ((s & 3u) * 8u)) & 0xffu; }

Fn fn_identity()
{
    Fn r;
    for (uint k = 0u; k < LEX_FN_WORDS; k++)
        r.w[k] = (4u * k) | ((4u * k + 1u) << 8) | ((4u * k + 2u) << 16) | ((4u * k + 3u) << 24);
    return r;
}

// a, then b
Fn fn_then(Fn a, Fn b)
{
    Fn r;
    for (uint k = 0u; k < LEX_FN_WORDS; k++) {
        uint v = 0u;
        for (uint j = 0u; j < 4u; j++)
            v |= fn_get(b, fn_get(a, 4u * k + j)) << (8u * j);
        r.w[k] = v;
    }
    return r;
}

// f, then the transition on byte class c
Fn fn_step(Fn f, uint c)
{
    Fn r;
    for (uint k = 0u; k < LEX_FN_WORDS; k++) {
        uint v = 0u;
        for (uint j = 0u; j < 4u; j++) {
            uint s = fn_get(f, 4u * k + j);
            uint t = s < LEX_NUM_STATES ? (lex_trans[s * LEX_NUM_CLASSES + c] & 0xffu) : s;
            v |= t << (8u * j);
        }
        r.w[k] = v;
    }
    return r;
}

shared Fn fn_sh[WG];

// Inclusive scan of functions across the workgroup (Hillis-Steele).
Fn wg_inclusive_fn(Fn v)
{
    uint l = gl_LocalInvocationID.x;
    fn_sh[l] = v;
    barrier();
    for (uint off = 1u; off < WG; off <<= 1u) {
        Fn t = l >= off ? fn_then(fn_sh[l - off], v) : v;
        barrier();
        v = t;
        fn_sh[l] = v;
        barrier();
    }
    return v;
}

Fn wg_exclusive_fn(Fn v)
{
    wg_inclusive_fn(v);
    uint l = gl_LocalInvocationID.x;
    Fn r = l > 0u ? fn_sh[l - 1u] : fn_identity();
    barrier();
    return r;
}

Fn load_fn(U32 buf, uint i)
{
    Fn r;
    for (uint k = 0u; k < LEX_FN_WORDS; k++)
        r.w[k] = buf.v[i * LEX_FN_WORDS + k];
    return r;
}

void store_fn(U32 buf, uint i, Fn f)
{
    for (uint k = 0u; k < LEX_FN_WORDS; k++)
        buf.v[i * LEX_FN_WORDS + k] = f.w[k];
}

// The transition function of `count` bytes from `base`. Running the DFA from
// all states costs a lookup per state per byte, but runs from different
// states merge within a few bytes (most bytes restart a lexeme), so only the
// distinct live states are advanced: after the first byte they are indexed
// through of1, and merges after that remap only the (few) first-byte states.
Fn chunk_fn(U32 src, U32 ovr, uint has_ovr, uint base, uint count)
{
    if (count == 0u)
        return fn_identity();
    uint slot[64];
    uint live[64];
    uint of1[64];
    uint idx2[64];
    for (uint v = 0u; v < 64u; v++)
        slot[v] = 0xffu;
    uint c0 = byte_class(src, ovr, has_ovr, base);
    uint k1 = 0u;
    for (uint s = 0u; s < LEX_NUM_STATES; s++) {
        uint v = lex_trans[s * LEX_NUM_CLASSES + c0] & 0xffu;
        if (slot[v] == 0xffu) {
            slot[v] = k1;
            live[k1] = v;
            k1++;
        }
        of1[s] = slot[v];
    }
    for (uint j = 0u; j < k1; j++)
        idx2[j] = j;
    uint k = k1;
    for (uint b = 1u; b < count; b++) {
        uint c = byte_class(src, ovr, has_ovr, base + b);
        for (uint i = 0u; i < k; i++)
            live[i] = lex_trans[live[i] * LEX_NUM_CLASSES + c] & 0xffu;
        if (k > 1u && (b & 3u) == 1u) {
            // merge equal live states: slot[] maps a state to its new index
            uint remap[64];
            uint nk = 0u;
            for (uint i = 0u; i < k; i++)
                slot[live[i]] = 0xffu;
            for (uint i = 0u; i < k; i++) {
                uint v = live[i];
                if (slot[v] == 0xffu) {
                    slot[v] = nk;
                    live[nk] = v;
                    nk++;
                }
                remap[i] = slot[v];
            }
            for (uint j = 0u; j < k1; j++)
                idx2[j] = remap[idx2[j]];
            k = nk;
        }
    }
    Fn r;
    for (uint w = 0u; w < LEX_FN_WORDS; w++) {
        uint v = 0u;
        for (uint q = 0u; q < 4u; q++) {
            uint s = 4u * w + q;
            uint t = s < LEX_NUM_STATES ? live[idx2[of1[s]]] : s;
            v |= t << (8u * q);
        }
        r.w[w] = v;
    }
    return r;
}
