#version 460
// Instruction selection, measuring: per Euler-tour event its code bytes,
// static stack change, relocations and string-pool bytes (scanned next).
#define X86_EMIT 0
#include "x86_gen.glsl"
void item(uint e)
{
    if (e >= pc.nevents)
        return;
    gen_event(e);
    EF_SET(E_LEN, e, g_pos);
    EF_SET(E_DELTA, e, uint(g_delta));
    EF_SET(E_NREL, e, g_nrel);
    EF_SET(E_POOL, e, g_pool);
}

ELEMENTWISE_MAIN
