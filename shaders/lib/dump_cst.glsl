// --emit=cst (dump_cst_size.comp, dump_cst_write.comp): the LLP parser's
// tree in preorder, one line per kept node (its production's tag) and per
// name or literal terminal (its text), indented by depth. Element x < nn is
// node x, the others terminal x - nn; both are placed at their preorder
// index: pair j's nodes come before terminal j.
#include "llp_fields.h"
#include "llp_terms.h"
#include "llp_tables.h"
#include "dump_shown.glsl"
layout(push_constant) uniform Push {
    U32 src; U32 tok_start; U32 tok_end; U32 names; U32 offs; U32 out_buf; U32 copies; U32 tf; U32 nd; U32 tables;
    U32 counts; uint total; uint ts; uint ns; uint ntok; uint val;
} pc;

uint tf(uint f, uint i) { return pc.tf.v[f * pc.ts + i]; }
uint ndf(uint f, uint i) { return pc.nd.v[f * pc.ns + i]; }
uint prod_kept(uint p) { return (pc.tables.v[LLP_T * LLP_T + LLP_NDATA + p] >> 9) & 1u; }

struct line { bool shown; uint at; uint depth; uint name; uint tok; uint lo; uint hi; };

line line_of(uint x)
{
    uint nn = pc.ns - 1u;
    line l;
    l.shown = false;
    l.tok = 0xffffffffu;
    l.lo = 0xffffffffu; // no byte ranges
    l.name = 0u;
    if (x < nn) {
        uint p = ndf(ND_PROD, x);
        l.at = x + ndf(ND_TERM, x);
        l.shown = prod_kept(p) != 0u;
        l.depth = ndf(pc.val, x);
        l.name = p;
    } else {
        uint j = x - nn;
        uint par = tf(TF_PARENT, j);
        l.at = tf(TF_NND, j + 1u) + j;
        l.shown = term_shown(tf(TF_KIND, j));
        l.depth = ndf(pc.val, par) + prod_kept(ndf(ND_PROD, par));
        l.tok = tf(TF_TOK, j);
    }
    return l;
}
