// Push constants shared by the token-level parser passes.
#include "parse_common.glsl"

layout(push_constant) uniform Push {
    U32 tok_kind; U32 tok_start; U32 tok_end; U32 pa; U32 t1; U32 t2; U32 t3; U32 diags; U32 src;
    uint n; uint stride; uint arg0; uint arg1;
} pc;

uint fld(uint f, uint i) { return pc.pa.v[f * pc.stride + i]; }
void fld_set(uint f, uint i, uint v) { pc.pa.v[f * pc.stride + i] = v; }
uint tk(uint i) { return i < pc.n ? pc.tok_kind.v[i] : 0u; }
uint tkey(U32 t, uint i) { return t.v[t.v[1] + i]; }
void tkey_set(U32 t, uint i, uint v) { t.v[t.v[1] + i] = v; }
