#version 460
// Level-0 apply: the DFA state after every byte, and whether each byte starts
// a new lexeme. States are packed four to a word. The first entry into a sink
// past `after` (a comment or raw string deeper than the DFA counts) is
// recorded as 2 * byte + (0: comment, 1: raw string) for src/lex.c.
#include "common.glsl"
#include "dfa.glsl"
#define ITEMS 64u
layout(push_constant) uniform Push {
    U32 src; U32 table; U32 partials; U32 states; U32 starts; U32 ovr; U32 sink_entry;
    uint n; uint has_partials; uint has_ovr; uint after;
} pc;

void main()
{
    lex_load_tables(pc.table);
    uint base = group_index() * WG * ITEMS + gl_LocalInvocationID.x * ITEMS;
    Fn f = chunk_fn(pc.src, pc.ovr, pc.has_ovr, base, base < pc.n ? min(ITEMS, pc.n - base) : 0u);
    Fn excl = wg_exclusive_fn(f);
    uint s = LEX_START;
    if (pc.has_partials != 0u)
        s = fn_get(load_fn(pc.partials, group_index()), s);
    s = fn_get(excl, s);
    uint packed = 0u;
    for (uint k = 0u; k < ITEMS; k++) {
        uint i = base + k;
        if (i < pc.n) {
            uint c = byte_class(pc.src, pc.ovr, pc.has_ovr, i);
            bool sink = (s == LEX_S_BC2_SLASH && c == LEX_C_STAR) || (s == LEX_S_RH_LAST && c == LEX_C_HASH);
            if (sink && i > pc.after)
                atomicMin(pc.sink_entry.v[0], 2u * i + (s == LEX_S_RH_LAST ? 1u : 0u));
            uint t = lex_trans[s * LEX_NUM_CLASSES + c];
            s = t & 0xffu;
            pc.starts.v[i] = (t >> 8) & 1u;
            packed |= s << ((i & 3u) * 8u);
        }
        if ((i & 3u) == 3u) {
            if (i - 3u < pc.n)
                pc.states.v[i >> 2] = packed;
            packed = 0u;
        }
    }
}
