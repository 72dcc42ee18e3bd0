#version 460
// Encoding: each event writes its bytes at its scanned offset (atomicOr into
// the zeroed .text words: bytes are unaligned), its relocations, and its
// string-pool bytes after the code.
#define X86_EMIT 1
#include "x86_gen.glsl"
void item(uint e)
{
    if (e >= pc.nevents)
        return;
    g_base = EF(E_LEN, e);
    g_relbase = EF(E_NREL, e);
    g_poolbase = pc.counts.v[C_CODE] + EF(E_POOL, e);
    gen_event(e);
}

ELEMENTWISE_MAIN
