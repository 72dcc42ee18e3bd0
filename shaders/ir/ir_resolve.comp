#version 460
// TEMPORARY, until sema fills A_DECL: each NAME finds its BINDING by a
// backward search through its function (first visible binding of the same
// name), each CALLEE its FN by name. Runs only when sema has not run.
#include "codegen.glsl"

// Is binding b in scope at node v (v after b in preorder)?
bool visible(uint b, uint v)
{
    uint p = PAR(b);
    while (K(p) == AST_MUT || K(p) == AST_ASCRIBE || K(p) == AST_LET_INIT)
        p = PAR(p);
    uint k = K(p);
    if (k == AST_PARAM)
        return true;
    if (k == AST_LET) {
        uint blk = PAR(p);
        return v >= p + SZ(p) && v < blk + SZ(blk);
    }
    if (k == AST_FOR_IN) {
        uint f = PAR(p);
        return v >= p + SZ(p) && v < f + SZ(f);
    }
    return false;
}

void main()
{
    uint v = global_index();
    if (v >= pc.nnodes)
        return;
    uint k = K(v);
    if (k == AST_NAME) {
        uint fn = fn_of(v), t = TOK(v), found = NONE;
        for (uint b = v - 1u; b > fn; b--)
            if (K(b) == AST_BINDING && same_text(TOK(b), t) && visible(b, v)) {
                found = b;
                break;
            }
        pc.ast.v[A_DECL * pc.stride + v] = found;
    } else if (k == AST_CALLEE) {
        uint nfn = NF(N_FS, pc.nnodes - 1u), t = TOK(v), found = NONE;
        for (uint i = 0u; i < nfn; i++) {
            uint f = NF(N_FNODE, i);
            uint name = fn_sig(f) + 1u;
            if (same_text(TOK(name), t)) {
                found = f;
                break;
            }
        }
        pc.ast.v[A_DECL * pc.stride + v] = found;
    }
}
