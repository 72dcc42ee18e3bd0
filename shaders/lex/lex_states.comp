#version 460
// Level-0 apply: the DFA state after every byte, and whether each byte starts
// a new lexeme. States are packed four to a word.
#include "common.glsl"
#include "dfa.glsl"
#include "diag.glsl"
#define ITEMS 64u
layout(push_constant) uniform Push {
    U32 src; U32 table; U32 partials; U32 states; U32 starts; U32 diags; uint n; uint has_partials;
} pc;

void main()
{
    lex_load_tables(pc.table);
    uint base = group_index() * WG * ITEMS + gl_LocalInvocationID.x * ITEMS;
    Fn f = chunk_fn(pc.src, base, base < pc.n ? min(ITEMS, pc.n - base) : 0u);
    Fn excl = wg_exclusive_fn(f);
    uint s = LEX_START;
    if (pc.has_partials != 0u)
        s = fn_get(load_fn(pc.partials, group_index()), s);
    s = fn_get(excl, s);
    uint packed = 0u;
    for (uint k = 0u; k < ITEMS; k++) {
        uint i = base + k;
        if (i < pc.n) {
            uint c = lex_class[load_byte(pc.src, i)];
            // Past the DFA's bounds: a fourth nested `/*`, a fifth raw-string `#`.
            if ((s == LEX_S_BC3_SLASH && c == LEX_C_STAR) || (s == LEX_S_RH4 && c == LEX_C_HASH))
                diag_emit(pc.diags, s == LEX_S_RH4 ? DIAG_RAW_TOO_MANY_HASHES : DIAG_COMMENT_TOO_DEEP, i - 1u,
                          i + 1u, 0u);
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
