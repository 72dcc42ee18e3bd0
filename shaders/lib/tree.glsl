// Shared by the tree passes (src/tree.c, shaders/parse/tree_*.comp): the
// fold of the LLP derivation into the syntax tree (tree_fields.h).
#include "llp_fields.h"
#include "llp_terms.h"
#include "llp_tables.h"
#include "tree_fields.h"

layout(push_constant) uniform Push {
    U32 tf; U32 nd; U32 tables; U32 keep; U32 tr; U32 at; U32 mt; U32 mt2; U32 counts;
    uint nn; uint m; uint ts; uint ns; uint es; uint val;
} pc;

#define LLP_NONE 0xffffffffu

uint tf(uint f, uint i) { return pc.tf.v[f * pc.ts + i]; }
uint ndf(uint f, uint i) { return pc.nd.v[f * pc.ns + i]; }
uint trf(uint f, uint k) { return pc.tr.v[f * pc.es + k]; }
void trf_set(uint f, uint k, uint v) { pc.tr.v[f * pc.es + k] = v; }
uint atf(uint f, uint i) { return pc.at.v[f * pc.es + i]; }
void atf_set(uint f, uint i, uint v) { pc.at.v[f * pc.es + i] = v; }
uint elements() { return pc.counts.v[LLP_COUNT_TREE]; }
// Production p: right side length | first symbol is a terminal << 8 | kept << 9 | suffix << 10 | kind << 16.
uint prod_info(uint p) { return pc.tables.v[LLP_T * LLP_T + LLP_NDATA + p]; }

// Derivation element x (node x < nn, else terminal x - nn): its position in
// the preorder of nodes and terminals (pair j's nodes come before terminal
// j), and whether the tree keeps it (kept nodes, every terminal).
uint merged_pos(uint x) { return x < pc.nn ? x + ndf(ND_TERM, x) : tf(TF_NND, x - pc.nn + 1u) + (x - pc.nn); }
bool element_kept(uint x) { return x >= pc.nn || ((prod_info(ndf(ND_PROD, x)) >> 9) & 1u) != 0u; }
// Where a min-tree's keys start (src/prim.h's MINTREE_KEYS_OFFSET, in words).
#define MT_KEYS 32u
