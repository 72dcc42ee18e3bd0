// Shared by the LLP parser's passes (src/llp.c): push constants, field
// accessors (llp_fields.h) and the generated tables' layout: LLP_T * LLP_T
// pair words (llp_tables.h), then the entries they point at.
#include "llp_fields.h"
#include "llp_terms.h"
#include "llp_tables.h"

layout(push_constant) uniform Push {
    U32 tok_kind; U32 tok_start; U32 tok_end; U32 tables; U32 tf; U32 br; U32 nd; U32 mt; U32 diags; U32 counts; U32 src;
    uint n; uint ts; uint bs; uint ns; uint arg;
} pc;

#define LLP_NONE 0xffffffffu

uint tf(uint f, uint i) { return pc.tf.v[f * pc.ts + i]; }
void tf_set(uint f, uint i, uint v) { pc.tf.v[f * pc.ts + i] = v; }
uint brf(uint f, uint i) { return pc.br.v[f * pc.bs + i]; }
void brf_set(uint f, uint i, uint v) { pc.br.v[f * pc.bs + i] = v; }
uint ndf(uint f, uint i) { return pc.nd.v[f * pc.ns + i]; }
void ndf_set(uint f, uint i, uint v) { pc.nd.v[f * pc.ns + i] = v; }
uint tok(uint i) { return i < pc.n ? pc.tok_kind.v[i] : TM_EOI; }

uint nterms() { return pc.counts.v[LLP_COUNT_TERMS]; }
// Terminal j's kind, with SOI before the first and EOI after the last.
uint term_kind(int j) { return j < 0 ? TM_SOI : uint(j) >= nterms() ? TM_EOI : tf(TF_KIND, uint(j)); }
// Source position of terminal j (EOI: the end of the source).
uint term_start(uint j) { uint t = j < nterms() ? tf(TF_TOK, j) : pc.n; return t < pc.n ? pc.tok_start.v[t] : (pc.n > 0u ? pc.tok_end.v[pc.n - 1u] : 0u); }
uint term_end(uint j) { uint t = j < nterms() ? tf(TF_TOK, j) : pc.n; return t < pc.n ? pc.tok_end.v[t] : term_start(j); }

// The entry of pair (a, b): word offset in the tables, 0 if none.
uint pair_entry(uint a, uint b) { return pc.tables.v[a * LLP_T + b]; }
uint table(uint w) { return pc.tables.v[LLP_T * LLP_T + w]; }
// Production p: right side length | first symbol is a terminal << 8 | kept << 9 (llp_tables.h).
uint prod_info(uint p) { return pc.tables.v[LLP_T * LLP_T + LLP_NDATA + p]; }
uint prod_kept(uint p) { return (prod_info(p) >> 9) & 1u; }
