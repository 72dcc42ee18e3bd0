/* Wording of the LLP parser's syntax errors (DIAG_LLP_UNEXPECTED and
 * DIAG_LLP_EXPECTED): what the grammar would have accepted where the input
 * went wrong, in rustc's words where they fit ("expected expression",
 * "expected one of `)`, `,`"). The sets come from the generated tables. */
#include "llp_diag.h"
#include "common/diag_codes.h"
#include "common/llp_terms.h"
#include "generated/llp_tables.h"

#include <stdio.h>
#include <string.h>

/* A terminal as rustc names it in "expected ..." lists. */
static void terminal_name(uint32_t t, char *buf, size_t len)
{
    const char *n = t < LLP_NSYMS ? llp_sym_name[t] : "?";
    size_t l = strlen(n);
    if (t == TK_IDENT)
        snprintf(buf, len, "identifier");
    else if (t == TM_EOI)
        snprintf(buf, len, "end of file");
    else if (n[0] == '\'' && l >= 2)
        snprintf(buf, len, "`%.*s`", (int)(l - 2), n + 1);
    else if (t == TM_GEN_LT)
        snprintf(buf, len, "`<`");
    else if (t == TM_GEN_GT)
        snprintf(buf, len, "`>`");
    else if (t == TM_STRUCT_LBRACE)
        snprintf(buf, len, "`{`");
    else if (t == TM_UNARY_MINUS)
        snprintf(buf, len, "`-`");
    else if (t == TM_DEREF)
        snprintf(buf, len, "`*`");
    else if (t == TM_BORROW)
        snprintf(buf, len, "`&`");
    else if (t == TM_BORROW2)
        snprintf(buf, len, "`&&`");
    else if (t == TM_CLOSURE_OR)
        snprintf(buf, len, "`|`");
    else if (t == TM_MACRO_BANG)
        snprintf(buf, len, "`!`");
    else if (t == TM_CLOSURE_CLOSE)
        snprintf(buf, len, "`|`");
    else if (t == TM_GUARD_IF)
        snprintf(buf, len, "`if`");
    else if (t == TM_ITEM_LBRACE || t == TM_TT || t == TM_RET_LBRACE)
        snprintf(buf, len, t == TM_TT ? "`(`" : "`{`");
    else if (t == TM_CLOSURE_OROR)
        snprintf(buf, len, "`||`");
    else if (t == TM_GLOB)
        snprintf(buf, len, "`*`");
    else if (t == TM_VIS_IN)
        snprintf(buf, len, "`in`");
    else if (t == TM_ATTR_CLOSE)
        snprintf(buf, len, "`]`");
    else if (t == TM_INNER_ATTR)
        snprintf(buf, len, "`#`");
    else if (t == TM_CLOSURE_BORROW)
        snprintf(buf, len, "`&`");
    else if (t == TM_FIELD_COLON)
        snprintf(buf, len, "`:`");
    else if (t == TM_STMT_SEP || t == TM_WHERE_END || t == TM_SOI)
        buf[0] = 0; /* virtual: never named */
    else
        snprintf(buf, len, "%s", "literal");
}

/* Terminals the grammar accepts after `a` (DIAG_LLP_UNEXPECTED), or that
 * begin symbol `sym` (DIAG_LLP_EXPECTED: a terminal, or any terminal that can
 * follow `a` is a fair answer for a nonterminal we cannot expand here). */
static int expected_set(uint32_t a, unsigned char *set)
{
    int n = 0;
    memset(set, 0, LLP_T);
    for (uint32_t b = 0; b < LLP_T; b++)
        if (llp_pair[a * LLP_T + b] != 0) {
            set[b] = 1;
            n++;
        }
    return n;
}

int llp_expected_message(uint32_t code, uint32_t arg, uint32_t prev, char *buf, size_t len)
{
    unsigned char set[LLP_T];
    uint32_t sym = arg >> 16;
    int n;
    if (code == DIAG_LLP_EXPECTED && sym < LLP_NSYMS) { /* the terminals that start it */
        memset(set, 0, sizeof set);
        n = 0;
        for (uint32_t t = 0; t < LLP_T; t++)
            if ((llp_first[sym][t >> 6] >> (t & 63)) & 1)
                set[t] = 1, n++;
    } else {
        n = expected_set(prev, set);
    }
    /* An operand is expected: rustc says so rather than listing them. */
    if (set[TK_INT] && set[TK_IDENT] && set[TK_LPAREN] && !set[TK_SEMI]) {
        snprintf(buf, len, "expected expression");
        return 0;
    }
    /* Where a statement could end, rustc asks for the `;` alone. */
    if (set[TK_SEMI]) {
        snprintf(buf, len, "expected `;`");
        return 1;
    }
    /* Named once each (`{` is three terminals), virtual ones not at all. */
    char names[LLP_T][24];
    int shown = 0;
    for (uint32_t t = 0; t < LLP_T && shown < 12; t++) {
        if (!set[t])
            continue;
        terminal_name(t, names[shown], sizeof names[shown]);
        int dup = names[shown][0] == 0;
        for (int s = 0; s < shown && !dup; s++)
            dup = strcmp(names[s], names[shown]) == 0;
        shown += !dup;
    }
    if (shown == 0) { /* only a virtual separator would do: a statement must end here */
        snprintf(buf, len, "expected `;`");
        return 1;
    }
    size_t at = (size_t)snprintf(buf, len, shown == 1 ? "expected " : "expected one of ");
    for (int s = 0; s < shown && at < len; s++)
        at += (size_t)snprintf(buf + at, len - at, "%s%s", s ? ", " : "", names[s]);
    return 0;
}
