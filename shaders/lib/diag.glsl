// Diagnostics recorded by shaders: [0] count, then records of 4 words
// (code, start byte, end byte, argument). The host sorts and renders them.
#include "diag_codes.h"
#define DIAG_MAX 4096
void diag_emit(U32 diags, uint code, uint start, uint end, uint arg)
{
    uint k = atomicAdd(diags.v[0], 1u);
    if (k < DIAG_MAX) {
        diags.v[4 + k * 4] = code;
        diags.v[4 + k * 4 + 1] = start;
        diags.v[4 + k * 4 + 2] = end;
        diags.v[4 + k * 4 + 3] = arg;
    }
}
