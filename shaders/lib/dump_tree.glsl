// --emit=ast (dump_tree_size.comp, dump_tree_write.comp): the syntax tree
// (tree_fields.h) in preorder, one line per node (its grammar tag) and per
// name or literal terminal (its text), indented by depth. With `spans`
// (--emit=ast-spans) a node's line ends with the byte range of its tokens,
// ` START END`, when it has any.
#include "llp_fields.h"
#include "llp_terms.h"
#include "tree_fields.h"
#include "dump_shown.glsl"
layout(push_constant) uniform Push {
    U32 src; U32 tok_start; U32 tok_end; U32 names; U32 offs; U32 out_buf; U32 copies; U32 tf; U32 at;
    uint total; uint ts; uint es; uint spans;
} pc;

struct line { bool shown; uint at; uint depth; uint name; uint tok; uint lo; uint hi; };

line line_of(uint i)
{
    line l;
    uint kind = pc.at.v[AT_KIND * pc.es + i];
    l.at = i;
    l.depth = pc.at.v[AT_DEPTH * pc.es + i];
    l.name = kind;
    l.tok = 0xffffffffu;
    l.shown = true;
    l.lo = 0xffffffffu;
    uint first = pc.at.v[AT_FIRST * pc.es + i], end = pc.at.v[AT_END * pc.es + i];
    if (pc.spans != 0u && (kind & AT_TERMINAL) == 0u && first < end) {
        l.lo = pc.tok_start.v[pc.tf.v[TF_TOK * pc.ts + first]];
        l.hi = pc.tok_end.v[pc.tf.v[TF_TOK * pc.ts + end - 1u]];
    }
    if ((kind & AT_TERMINAL) != 0u) {
        l.shown = term_shown(kind & ~AT_TERMINAL);
        l.tok = pc.tf.v[TF_TOK * pc.ts + pc.at.v[AT_FIRST * pc.es + i]];
    }
    return l;
}
