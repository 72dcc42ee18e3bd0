/* Field layout of the semantic-analysis buffers, shared by src/sema.c and
 * shaders/lib/sema.glsl: per-node fields (S_*, field f of node p at
 * f * stride + p), flags (FL_*) and name/scope events (EV_*). */
#ifndef RUSTG_SEMA_FIELDS_H
#define RUSTG_SEMA_FIELDS_H

#define SEMA_VIRT 32u
#define S_HASH 0u
#define S_RANK 1u
#define S_NCHILD 2u
#define S_LAST 3u
#define S_PARAM 4u /* PARAM_OF[sig + rank]: binding of a fn's rank-th param */
#define S_EVOFF 5u
#define S_AP 6u /* ancestor jumping: pointer (2 copies) */
#define S_AL 8u /* nearest enclosing loop (2 copies) */
#define S_AF 10u /* nearest enclosing fn (2 copies) */
#define S_DIV 12u /* node diverges (type !) */
#define S_BRK 13u /* loop: bit 0 has a break, bit 1 has a break without value */
#define S_SEED 14u /* own type (TY_*), 0 if none */
#define S_E0 15u /* edge slots: other endpoint or NONE */
#define S_E1 16u
#define S_EF 17u /* bit 0: slot 0 is a check edge, bit 1: slot 1 is */
#define S_LA 18u /* union-find labels: strong edges only */
#define S_LB 19u /* all edges */
#define S_FA 20u /* per root: min(tok << 5 | seed) over seeded members */
#define S_FIA 21u /* same, integer-typed seeds only */
#define S_FB 22u
#define S_FIB 23u
#define S_INIT 24u /* binding declared without value: nn - its first initialising assignment, 0 if none */
#define S_ASSIGNED 25u /* binding: 1 if any assignment (plain or compound) targets it */
#define S_CLO 26u /* constant evaluation: value bits 0-31 */
#define S_CHI 27u /* value bits 32-63 */
#define S_CK 28u /* 1: the node's value is known at compile time */
#define S_REACH 29u /* per fn: nn - first node after which code may be unreachable, 0 if none */
#define S_BORROWED 30u /* binding: a format argument or assert_eq! operand takes a reference to it */
#define S_COUNT 31u
/* flag words after the fields */
#define FL_MAIN 0u
#define FL_RESOLVE_ERR 1u
#define FL_CHANGED 2u
#define FL_MAXDEPTH 3u
#define FL_CONST_PENDING 4u /* a const item's value is not known yet */

/* Event fields (ev buffer, field f of event e at f * evs + e) */
#define EV_HI 0u
#define EV_LO 1u
#define EV_VAL 2u
#define EV_THI 3u
#define EV_TLO 4u
#define EV_TVAL 5u
#define EV_NODE 6u
#define EV_SUB 7u
#define EV_START 8u
#define EV_END 9u
#define EV_COUNT 10u

#endif
