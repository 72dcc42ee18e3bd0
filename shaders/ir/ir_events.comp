#version 460
// The IR is the Euler tour of the AST: ENTER(v) at 2*pre(v) - depth(v) and
// AFTER(v), owned by v's parent, at ENTER(v) + 2*size(v) - 1. Each node writes
// its two events' node, and the flags the binding and fn scans count.
#include "codegen.glsl"
void item(uint v)
{
    if (v > pc.nnodes)
        return;
    uint k = v < pc.nnodes ? K(v) : AST_ERROR;
    NF_SET(N_BS, v, k == AST_BINDING ? 1u : 0u);
    NF_SET(N_FS, v, k == AST_FN ? 1u : 0u);
    if (v == pc.nnodes)
        return;
    EF_SET(E_NODE, ev_enter(v), v);
    if (v > 0u)
        EF_SET(E_NODE, ev_after(v), v);
}

ELEMENTWISE_MAIN
