/* Per-token arrays the parser leaves behind (one buffer, field f of token i
 * at f * parse_stride + i). Later phases may read F_MATCH (an open bracket's
 * partner), F_DEPTH1, F_PRE (a node token's preorder index) and F_LO (first
 * token of a node's subtree, through compile.lo_field). */
#ifndef RUSTG_PARSE_FIELDS_H
#define RUSTG_PARSE_FIELDS_H

#define F_DELTA 0
#define F_DEPTH1 1
#define F_MATCH 2
#define F_OPEN_OF 3
#define F_BODY_OF 4
#define F_HEADER_OF 5
#define F_DEPTH2 6
#define F_LEVEL 7
#define F_ROLE 8            /* bit 0: is a node, bit 1: separator */
#define F_PARENT 9
#define F_NCHILD 10
#define F_FIRST 11
#define F_LAST 12
#define F_KIND 13
#define F_NODESCAN 14
#define F_LOCOUNT 15
#define F_LOMIN 16
#define F_PRE 17
#define F_SIZE 18
/* pointer-jumping state, two copies each (ping-pong by round parity) */
#define F_PA 19             /* ancestor (for depth) */
#define F_PD 21             /* distance (depth) */
#define F_FA 23             /* first-child chain (for a subtree's first token) */
#define F_FV 25             /* min token position */
#define F_LA 27             /* last-child chain (for a subtree's last node token) */
#define F_LV 29             /* max token position */
#define F_COUNT 31

#endif
