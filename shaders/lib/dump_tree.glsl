// --emit=ast (dump_tree_size.comp, dump_tree_write.comp): the syntax tree
// (tree_fields.h) in preorder, one line per node (its grammar tag) and per
// name or literal terminal (its text), indented by depth.
#include "llp_fields.h"
#include "llp_terms.h"
#include "tree_fields.h"
#include "dump_shown.glsl"
layout(push_constant) uniform Push {
    U32 src; U32 tok_start; U32 tok_end; U32 names; U32 offs; U32 out_buf; U32 copies; U32 tf; U32 at;
    uint total; uint ts; uint es;
} pc;

struct line { bool shown; uint at; uint depth; uint name; uint tok; };

line line_of(uint i)
{
    line l;
    uint kind = pc.at.v[AT_KIND * pc.es + i];
    l.at = i;
    l.depth = pc.at.v[AT_DEPTH * pc.es + i];
    l.name = kind;
    l.tok = 0xffffffffu;
    l.shown = true;
    if ((kind & AT_TERMINAL) != 0u) {
        l.shown = term_shown(kind & ~AT_TERMINAL);
        l.tok = pc.tf.v[TF_TOK * pc.ts + pc.at.v[AT_FIRST * pc.es + i]];
    }
    return l;
}
