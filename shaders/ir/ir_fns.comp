#version 460
// Each FN writes itself at its rank (from the inclusive scan of "is FN"), so
// any node finds its function as FNODE[FS[v] - 1].
#include "codegen.glsl"
void item(uint v)
{
    if (v >= pc.nnodes || K(v) != AST_FN)
        return;
    NF_SET(N_FNODE, NF(N_FS, v) - 1u, v);
}

ELEMENTWISE_MAIN
