/* Build-time generator of the LLP(1,1) parser's tables from a grammar file.
 *
 * The grammar is LL(1). For every pair of adjacent terminals (a, b) the LL(1)
 * parser, having just matched `a`, pops some symbols of its stack, applies
 * some productions and pushes what remains of their right-hand sides before
 * it matches `b`. When that change of the stack depends only on (a, b) (the
 * grammar is LLP(1,1)), the GPU can compute it for every pair at once: the
 * pops become closing brackets and the pushes opening brackets, a parallel
 * bracket match checks that the whole input parses, and the productions,
 * concatenated in input order, are the leftmost derivation: the parse tree in
 * preorder. A production's parent is the production that pushed the symbol it
 * expands, known inside a pair or found through the matched bracket.
 *
 * The stack change of a pair (a, b) is found by running the LL(1) parser
 * from every place `a` occurs in a rule; when that rule's rest runs out,
 * what lies below is what follows its left side in the rules using it, and
 * so on up. That part depends only on (context, b), so it is computed once
 * per pair of them and shared (expand_below); a deep layered grammar makes
 * the plain search exponential.
 *
 * Grammar file: `lhs [tag] -> sym ... ;`, `#` comments. Terminals are quoted
 * spellings ('fn', '(', '+=') or upper-case names (IDENT, INT, SOI, GEN_LT
 * ...); other names are nonterminals. The first rule must be
 * `start -> SOI x EOI`. A tag starting with `_` marks a production whose node
 * is left out of the tree (lists, layers of precedence, empty tails): its
 * children go to its parent.
 *
 * Output (one header, C and GLSL readable defines plus C tables):
 *   llp_pair[a * LLP_T + b]: word offset of the pair's entry in llp_data, 0 if
 *   the pair cannot occur. Entry: word0 = nclose | nopen << 8 | nprod << 16 |
 *   tokparent << 24; then nclose words (symbol), nopen words (symbol | owner
 *   << 16, owner = index of the pushing production in this entry), nprod words
 *   (production | parent << 16). A parent or token parent is an index into
 *   this entry's productions, or LLP_EXT | k: the production that pushed the
 *   symbol popped by the entry's k-th close.
 *
 * usage: llpgen GRAMMAR OUT.h [--parse FILE]
 *
 * --parse FILE (a test of the grammar and of this generator): every line of
 * FILE that is not empty and does not start with `#` holds terminal
 * spellings separated by blanks ('fn' IDENT '(' ...). Each line is parsed as
 * the GPU parses it: the entry of every adjacent pair (SOI, t0) ... (tn-1,
 * EOI) from the pair table, the bracket strings concatenated and matched
 * with a stack, parents resolved through the matched brackets. The tree is
 * printed (kept nodes only, children indented under their parent, `@i` the
 * index of the terminal a node starts at, then the terminals the node holds
 * directly). The same line is also parsed by a plain LL(1) parser with the
 * same table; productions, parents and token parents must agree, else a
 * loud GENERATOR BUG message and exit status 3. A spelling may be followed
 * by `/text` (IDENT/x, INT/1): the tree shows the text instead. */
#include "../src/common/llp_terms.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SYMS 1024
#define MAX_PRODS 1024
#define MAX_RHS 32
#define MAX_STACK 64
#define LLP_EXT 0x80u

static const char *const keywords[] = {
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if", "impl",
    "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self", "static",
    "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "async", "await", "dyn",
    "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual",
    "yield", "try", "_"};
static const char *const puncts[] = {
    "+", "-", "*", "/", "%", "^", "!", "&", "|", "&&", "||", "<<", ">>", "+=", "-=", "*=", "/=", "%=", "^=",
    "&=", "|=", "<<=", ">>=", "=", "==", "!=", ">", "<", ">=", "<=", "@", ".", "..", "...", "..=", ",", ";",
    ":", "::", "->", "=>", "#", "$", "?", "~", "(", ")", "[", "]", "{", "}"};
static const struct { const char *name; int id; } named[] = {
    {"IDENT", TK_IDENT}, {"INT", TK_INT}, {"STRING", TK_STRING}, {"CHAR", TK_CHAR},
    {"LIFETIME", TK_LIFETIME}, {"RAW_IDENT", TK_RAW_IDENT}, {"FLOAT", TK_FLOAT}, {"BYTE", TK_BYTE},
    {"BYTE_STRING", TK_BYTE_STRING}, {"C_STRING", TK_C_STRING}, {"RAW_STRING", TK_RAW_STRING},
    {"RAW_BYTE_STRING", TK_RAW_BYTE_STRING}, {"RAW_C_STRING", TK_RAW_C_STRING}, {"DOC_OUTER", TK_DOC_OUTER},
    {"DOC_INNER", TK_DOC_INNER}, {"SOI", TM_SOI}, {"EOI", TM_EOI}, {"GEN_LT", TM_GEN_LT},
    {"GEN_GT", TM_GEN_GT}, {"STRUCT_LBRACE", TM_STRUCT_LBRACE}, {"UNARY_MINUS", TM_UNARY_MINUS},
    {"DEREF", TM_DEREF}, {"BORROW", TM_BORROW}, {"BORROW2", TM_BORROW2}, {"CLOSURE_OR", TM_CLOSURE_OR},
    {"MACRO_BANG", TM_MACRO_BANG}, {"CLOSURE_CLOSE", TM_CLOSURE_CLOSE}, {"GUARD_IF", TM_GUARD_IF},
    {"STMT_SEP", TM_STMT_SEP}, {"ITEM_LBRACE", TM_ITEM_LBRACE}, {"WHERE_END", TM_WHERE_END}, {"TT", TM_TT},
    {"CLOSURE_OROR", TM_CLOSURE_OROR}, {"GLOB", TM_GLOB}, {"VIS_IN", TM_VIS_IN},
    {"ATTR_CLOSE", TM_ATTR_CLOSE}, {"INNER_ATTR", TM_INNER_ATTR},
    {"CLOSURE_BORROW", TM_CLOSURE_BORROW}, {"FIELD_COLON", TM_FIELD_COLON}, {"RET_LBRACE", TM_RET_LBRACE},
    {"UNSAFE_BLOCK", TM_UNSAFE_BLOCK}, {"ASYNC_BLOCK", TM_ASYNC_BLOCK},
    {"RANGE_DOTS", TM_RANGE_DOTS}, {"RETURN_OP", TM_RETURN_OP}, {"BREAK_OP", TM_BREAK_OP},
    {"CONTINUE_OP", TM_CONTINUE_OP}};

/* Symbols: terminals are 0 .. TM_COUNT-1, nonterminals follow. */
static char *sym_name[MAX_SYMS];
static int nsyms = TM_COUNT;
static struct prod {
    int lhs, n, rhs[MAX_RHS];
    char *tag;
    int line, suffix, kind;
} prods[MAX_PRODS];
/* `%suffix TAG...;`: the tags whose nodes take the siblings before them as
 * their left operand (the tree pass, shaders/parse/tree_*.comp). */
#define MAX_SUFFIX_TAGS 128
static char *suffix_tag[MAX_SUFFIX_TAGS];
static int nsuffix;
static int nprods;
static const char *grammar_path;

static int is_term(int s) { return s < TM_COUNT; }

static void die(int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s:%d: ", grammar_path, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static char *dup_n(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (!d)
        exit(1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

static void name_terminals(void)
{
    static char buf[TM_COUNT][24];
    for (int i = 0; i < TM_COUNT; i++) {
        snprintf(buf[i], sizeof buf[i], "#%d", i);
        sym_name[i] = buf[i];
    }
    for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
        snprintf(buf[TK_KW_FIRST + i], sizeof buf[0], "'%s'", keywords[i]);
    for (size_t i = 0; i < sizeof puncts / sizeof *puncts; i++)
        snprintf(buf[TK_PUNCT_FIRST + i], sizeof buf[0], "'%s'", puncts[i]);
    for (size_t i = 0; i < sizeof named / sizeof *named; i++)
        snprintf(buf[named[i].id], sizeof buf[0], "%s", named[i].name);
}

static int terminal(const char *s, size_t n, int line)
{
    for (int i = 0; i < TM_COUNT; i++)
        if (s[0] != '\'' ? strlen(sym_name[i]) == n && memcmp(sym_name[i], s, n) == 0
                         : strlen(sym_name[i]) == n && memcmp(sym_name[i], s, n) == 0)
            return i;
    die(line, "unknown terminal %.*s", (int)n, s);
    return -1;
}

static int nonterminal(const char *s, size_t n)
{
    for (int i = TM_COUNT; i < nsyms; i++)
        if (strlen(sym_name[i]) == n && memcmp(sym_name[i], s, n) == 0)
            return i;
    if (nsyms == MAX_SYMS) {
        fprintf(stderr, "llpgen: too many symbols\n");
        exit(1);
    }
    sym_name[nsyms] = dup_n(s, n);
    return nsyms++;
}

static const char *read_directive(const char *p, int line)
{
    if (strncmp(p, "%suffix", 7) != 0)
        die(line, "unknown directive");
    p += 7;
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
            p++;
        if (*p == ';')
            return p + 1;
        const char *s = p;
        while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
            p++;
        if (p == s)
            die(line, "expected a tag or ; in %%suffix");
        if (nsuffix == MAX_SUFFIX_TAGS)
            die(line, "too many suffix tags");
        suffix_tag[nsuffix++] = dup_n(s, (size_t)(p - s));
    }
}

/* Each production's suffix flag, and its kind: the first production with its
 * tag, so that the tree has one kind per tag. */
static void tag_kinds(void)
{
    for (int i = 0; i < nprods; i++) {
        prods[i].kind = i;
        for (int j = 0; j < i; j++)
            if (strcmp(prods[j].tag, prods[i].tag) == 0) {
                prods[i].kind = j;
                break;
            }
    }
    for (int t = 0; t < nsuffix; t++) {
        int found = 0;
        for (int i = 0; i < nprods; i++)
            if (strcmp(prods[i].tag, suffix_tag[t]) == 0)
                prods[i].suffix = found = 1;
        if (!found)
            die(0, "%%suffix names %s, which no production has", suffix_tag[t]);
    }
}

static void read_grammar(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(1);
    }
    static char text[1 << 20];
    size_t len = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    text[len] = 0;
    const char *p = text;
    int line = 1;
    struct prod *cur = NULL;
    int arrow = 0;
    while (*p) {
        if (*p == '\n') {
            line++;
            p++;
        } else if (*p == ' ' || *p == '\t' || *p == '\r') {
            p++;
        } else if (*p == '#') {
            while (*p && *p != '\n')
                p++;
        } else if (*p == ';' && cur && arrow) {
            cur = NULL;
            p++;
        } else if (*p == '%' && !cur) {
            p = read_directive(p, line);
        } else if (p[0] == '-' && p[1] == '>' && cur && !arrow) {
            arrow = 1;
            p += 2;
        } else if (*p == '[' && cur && !arrow) {
            const char *e = strchr(p, ']');
            if (!e)
                die(line, "unclosed [");
            cur->tag = dup_n(p + 1, (size_t)(e - p - 1));
            p = e + 1;
        } else if (*p == '\'' || (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || *p == '_') {
            const char *s = p;
            if (*p == '\'') {
                p++;
                while (*p && *p != '\'' && *p != '\n')
                    p++;
                if (*p != '\'')
                    die(line, "unclosed quote");
                p++;
            } else {
                while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_')
                    p++;
            }
            size_t n = (size_t)(p - s);
            int upper = s[0] == '\'' || (s[0] >= 'A' && s[0] <= 'Z');
            if (!cur) {
                if (upper)
                    die(line, "a rule's left side must be a nonterminal");
                if (nprods == MAX_PRODS)
                    die(line, "too many productions");
                cur = &prods[nprods++];
                cur->lhs = nonterminal(s, n);
                cur->line = line;
                cur->n = 0;
                cur->tag = NULL;
                arrow = 0;
            } else {
                if (!arrow)
                    die(line, "expected ->");
                if (cur->n == MAX_RHS)
                    die(line, "right side too long");
                cur->rhs[cur->n++] = upper ? terminal(s, n, line) : nonterminal(s, n);
            }
        } else {
            die(line, "unexpected character '%c'", *p);
        }
    }
    if (cur)
        die(line, "missing ; at end of file");
    for (int i = 0; i < nprods; i++)
        if (!prods[i].tag)
            prods[i].tag = sym_name[prods[i].lhs];
    if (nprods == 0 || prods[0].n != 3 || prods[0].rhs[0] != TM_SOI || prods[0].rhs[2] != TM_EOI)
        die(1, "the first rule must be `start -> SOI x EOI;`");
    tag_kinds();
    for (int s = TM_COUNT; s < nsyms; s++) {
        int has = 0;
        for (int i = 0; i < nprods; i++)
            has |= prods[i].lhs == s;
        if (!has)
            die(0, "nonterminal %s has no rule", sym_name[s]);
    }
}

/* FIRST and FOLLOW as bitsets over terminals. */
typedef struct { uint64_t w[(TM_COUNT + 63) / 64]; } tset;
static tset first[MAX_SYMS], follow[MAX_SYMS];
static int nullable[MAX_SYMS];
static int table[MAX_SYMS][TM_COUNT]; /* LL(1): production, or -1 */

static int ts_has(const tset *t, int b) { return (int)(t->w[b >> 6] >> (b & 63)) & 1; }
static int ts_add(tset *t, int b)
{
    if (ts_has(t, b))
        return 0;
    t->w[b >> 6] |= 1ull << (b & 63);
    return 1;
}
static int ts_union(tset *d, const tset *s)
{
    int ch = 0;
    for (size_t i = 0; i < sizeof d->w / sizeof *d->w; i++) {
        uint64_t n = d->w[i] | s->w[i];
        ch |= n != d->w[i];
        d->w[i] = n;
    }
    return ch;
}

/* FIRST of rhs[from..] into out; returns whether it is nullable. */
static int first_of(const struct prod *p, int from, tset *out)
{
    for (int i = from; i < p->n; i++) {
        ts_union(out, &first[p->rhs[i]]);
        if (!nullable[p->rhs[i]])
            return 0;
    }
    return 1;
}

static void compute_sets(void)
{
    for (int t = 0; t < TM_COUNT; t++)
        ts_add(&first[t], t);
    for (int ch = 1; ch;) {
        ch = 0;
        for (int i = 0; i < nprods; i++) {
            struct prod *p = &prods[i];
            tset f = first[p->lhs];
            int nul = first_of(p, 0, &f);
            ch |= ts_union(&first[p->lhs], &f);
            if (nul && !nullable[p->lhs])
                nullable[p->lhs] = ch = 1;
        }
    }
    for (int ch = 1; ch;) {
        ch = 0;
        for (int i = 0; i < nprods; i++) {
            struct prod *p = &prods[i];
            for (int j = 0; j < p->n; j++) {
                int s = p->rhs[j];
                if (is_term(s))
                    continue;
                tset f = {{0}};
                if (first_of(p, j + 1, &f))
                    ts_union(&f, &follow[p->lhs]);
                ch |= ts_union(&follow[s], &f);
            }
        }
    }
    int conflicts = 0;
    memset(table, 0xff, sizeof table);
    for (int i = 0; i < nprods; i++) {
        struct prod *p = &prods[i];
        tset f = {{0}};
        if (first_of(p, 0, &f))
            ts_union(&f, &follow[p->lhs]);
        for (int b = 0; b < TM_COUNT; b++) {
            if (!ts_has(&f, b))
                continue;
            int *e = &table[p->lhs][b];
            if (*e >= 0 && *e != i) {
                fprintf(stderr, "%s:%d: LL(1) conflict for %s on %s: line %d's rule and this one\n", grammar_path,
                        p->line, sym_name[p->lhs], sym_name[b], prods[*e].line);
                conflicts++;
            }
            *e = i;
        }
    }
    if (conflicts)
        exit(1);
}

/* One pair's stack change, as the GPU consumes it. */
struct entry {
    int nclose, close[MAX_STACK];
    int nopen, open[MAX_STACK], open_owner[MAX_STACK];
    int nprod, prod[MAX_STACK], parent[MAX_STACK];
    int tokparent;
    int line_a;     /* a rule the pair came from, for conflict messages */
};

static int entry_eq(const struct entry *x, const struct entry *y)
{
    if (x->nclose != y->nclose || x->nopen != y->nopen || x->nprod != y->nprod || x->tokparent != y->tokparent)
        return 0;
    for (int i = 0; i < x->nclose; i++)
        if (x->close[i] != y->close[i])
            return 0;
    for (int i = 0; i < x->nopen; i++)
        if (x->open[i] != y->open[i] || x->open_owner[i] != y->open_owner[i])
            return 0;
    for (int i = 0; i < x->nprod; i++)
        if (x->prod[i] != y->prod[i] || x->parent[i] != y->parent[i])
            return 0;
    return 1;
}

#define MAX_ENTRIES 16
static struct entry found[MAX_ENTRIES];
static int nfound, overflow;

/* The symbols known to be on the stack after `a`, top first, each either
 * external (pushed before this pair: popping it closes a bracket) or pushed
 * by production `owner` of this entry. Below them lies what follows `ctx`. */
struct sim {
    int n, sym[MAX_STACK], owner[MAX_STACK]; /* stack, top at n-1; owner -1: external */
    int ctx;
    struct entry e;
};

/* Runs the LL(1) parser on the known stack until it matches b (1: s->e is
 * complete), the known stack runs out (0: what follows s->ctx comes next) or
 * the path dies (-1). */
static int step(struct sim *s, int b)
{
    for (;;) {
        if (s->n == 0)
            return 0;
        int x = s->sym[--s->n], own = s->owner[s->n];
        int ref;
        if (own < 0) {
            if (s->e.nclose == MAX_STACK)
                return -1;
            ref = (int)LLP_EXT | s->e.nclose;
            s->e.close[s->e.nclose++] = x;
        } else {
            ref = own;
        }
        if (is_term(x)) {
            if (x != b)
                return -1;
            s->e.tokparent = ref;
            for (int i = 0; i < s->n; i++)
                if (s->owner[i] >= 0) {
                    s->e.open[s->e.nopen] = s->sym[i];
                    s->e.open_owner[s->e.nopen++] = s->owner[i];
                }
            return 1;
        }
        int p = table[x][b];
        if (p < 0 || s->e.nprod == MAX_STACK || s->n + prods[p].n > MAX_STACK)
            return -1;
        int idx = s->e.nprod++;
        s->e.prod[idx] = p;
        s->e.parent[idx] = ref;
        for (int k = prods[p].n - 1; k >= 0; k--) {
            s->sym[s->n] = prods[p].rhs[k];
            s->owner[s->n++] = idx;
        }
    }
}

/* d = e followed by suffix f (whose references are relative to its own
 * closes and productions); 0 if that exceeds the limits. */
static int append(struct entry *d, const struct entry *e, const struct entry *f)
{
    if (e->nclose + f->nclose > MAX_STACK || e->nprod + f->nprod > MAX_STACK)
        return 0;
    int m = e->nclose, q = e->nprod;
    *d = *e;
#define SHIFT(r) (((r) & (int)LLP_EXT) ? ((int)LLP_EXT | (((r) & 0x7f) + m)) : (r) + q)
    for (int i = 0; i < f->nclose; i++)
        d->close[m + i] = f->close[i];
    for (int i = 0; i < f->nprod; i++) {
        d->prod[q + i] = f->prod[i];
        d->parent[q + i] = SHIFT(f->parent[i]);
    }
    for (int i = 0; i < f->nopen; i++) {
        d->open[e->nopen + i] = f->open[i];
        d->open_owner[e->nopen + i] = f->open_owner[i] + q;
    }
    d->tokparent = SHIFT(f->tokparent);
#undef SHIFT
    d->nclose = m + f->nclose;
    d->nprod = q + f->nprod;
    d->nopen = e->nopen + f->nopen;
    return 1;
}

/* What lies below a context X, for the current b: the set of stack changes
 * (as suffixes of an entry) from the point where the parser has finished X
 * to matching b. Below X is what follows X in some rule using it; a context
 * is not entered again while it is being expanded (as the exhaustive search
 * this replaces did with its visited list). A result that did not depend on
 * the contexts being expanded around it is kept for the other pairs with the
 * same b. */
#define MAX_SUFFIXES 64
static struct suffixes {
    struct entry *v;
    int n, cap, overflow;
} below[MAX_SYMS];
static int below_state[MAX_SYMS]; /* 0: to compute, 1: being expanded, 2: known */
static int below_depth[MAX_SYMS];
static int expand_depth;

static void add_suffix(struct suffixes *l, const struct entry *e)
{
    for (int i = 0; i < l->n; i++)
        if (entry_eq(&l->v[i], e))
            return;
    if (l->n == MAX_SUFFIXES) {
        l->overflow = 1;
        return;
    }
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 4;
        l->v = realloc(l->v, (size_t)l->cap * sizeof *l->v);
        if (!l->v)
            exit(1);
    }
    l->v[l->n++] = *e;
}

static int expand_below(int x, int b)
{
    if (below_state[x] == 2)
        return 1 << 30;
    if (below_state[x] == 1)
        return below_depth[x];
    below_state[x] = 1;
    below_depth[x] = ++expand_depth;
    struct suffixes *l = &below[x];
    l->n = 0;
    l->overflow = 0;
    int low = 1 << 30;
    static struct sim t;
    static struct entry d;
    for (int i = 0; i < nprods; i++)
        for (int j = 0; j < prods[i].n; j++) {
            if (prods[i].rhs[j] != x)
                continue;
            memset(&t, 0, sizeof t);
            for (int k = prods[i].n - 1; k > j; k--) {
                t.sym[t.n] = prods[i].rhs[k];
                t.owner[t.n++] = -1;
            }
            int r = step(&t, b);
            if (r == 1)
                add_suffix(l, &t.e);
            if (r != 0)
                continue;
            int y = prods[i].lhs;
            if (y == prods[0].lhs)
                continue; /* nothing below the start symbol */
            if (below_state[y] == 1) {
                if (below_depth[y] < low)
                    low = below_depth[y];
                continue;
            }
            struct entry head = t.e;
            int ly = expand_below(y, b);
            if (ly < low)
                low = ly;
            l = &below[x];
            l->overflow |= below[y].overflow;
            for (int k = 0; k < below[y].n; k++)
                if (append(&d, &head, &below[y].v[k]))
                    add_suffix(l, &d);
        }
    expand_depth--;
    below_state[x] = low >= below_depth[x] ? 2 : 0;
    return below_state[x] == 2 ? 1 << 30 : low;
}

static void add_found(const struct entry *e)
{
    for (int i = 0; i < nfound; i++)
        if (entry_eq(&found[i], e))
            return;
    if (nfound == MAX_ENTRIES) {
        overflow = 1;
        return;
    }
    found[nfound++] = *e;
}

/* All stack changes of the pair (a, b) into found[]. */
static void pair_entries(int a, int b)
{
    static struct sim s;
    static struct entry d;
    nfound = 0;
    overflow = 0;
    for (int i = 0; i < nprods; i++)
        for (int j = 0; j < prods[i].n; j++) {
            if (prods[i].rhs[j] != a)
                continue;
            memset(&s, 0, sizeof s);
            s.ctx = prods[i].lhs;
            for (int k = prods[i].n - 1; k > j; k--) {
                s.sym[s.n] = prods[i].rhs[k];
                /* After SOI the start rule's rest is pushed by it,
                 * node 0 of the first pair. */
                s.owner[s.n++] = a == TM_SOI ? 0 : -1;
            }
            if (a == TM_SOI) {
                s.e.prod[0] = 0;
                s.e.parent[0] = 0xff;
                s.e.nprod = 1;
            }
            s.e.line_a = prods[i].line;
            int r = step(&s, b);
            if (r == 1)
                add_found(&s.e);
            if (r != 0 || s.ctx == prods[0].lhs)
                continue;
            expand_below(s.ctx, b);
            overflow |= below[s.ctx].overflow;
            for (int k = 0; k < below[s.ctx].n; k++)
                if (append(&d, &s.e, &below[s.ctx].v[k])) {
                    d.line_a = prods[i].line;
                    add_found(&d);
                }
        }
}

static uint32_t *data;
static size_t ndata, capdata;
static uint32_t pair_index[TM_COUNT * TM_COUNT];

static void put(uint32_t w)
{
    if (ndata == capdata) {
        capdata = capdata ? capdata * 2 : 4096;
        data = realloc(data, capdata * sizeof *data);
        if (!data)
            exit(1);
    }
    data[ndata++] = w;
}

static void describe(const struct entry *e)
{
    fprintf(stderr, "      pops");
    for (int i = 0; i < e->nclose; i++)
        fprintf(stderr, " %s", sym_name[e->close[i]]);
    fprintf(stderr, "; applies");
    for (int i = 0; i < e->nprod; i++)
        fprintf(stderr, " %s(line %d)", prods[e->prod[i]].tag, prods[e->prod[i]].line);
    fprintf(stderr, "; pushes");
    for (int i = 0; i < e->nopen; i++)
        fprintf(stderr, " %s", sym_name[e->open[i]]);
    fprintf(stderr, "\n");
}

/* Every pair's entries, computed with b outermost (what lies below a
 * context depends on b only), then written in (a, b) order. */
static struct pair_result {
    int n, overflow;
    struct entry *v;
} *results;

static int build_pairs(void)
{
    int conflicts = 0;
    results = calloc((size_t)TM_COUNT * TM_COUNT, sizeof *results);
    if (!results)
        exit(1);
    for (int b = 0; b < TM_COUNT; b++) {
        memset(below_state, 0, sizeof below_state);
        for (int a = 0; a < TM_COUNT; a++) {
            pair_entries(a, b);
            struct pair_result *r = &results[a * TM_COUNT + b];
            r->n = nfound;
            r->overflow = overflow;
            if (nfound) {
                r->v = malloc((size_t)nfound * sizeof *r->v);
                if (!r->v)
                    exit(1);
                memcpy(r->v, found, (size_t)nfound * sizeof *r->v);
            }
        }
    }
    put(0); /* offset 0 means "no entry" */
    for (int a = 0; a < TM_COUNT; a++) {
        for (int b = 0; b < TM_COUNT; b++) {
            struct pair_result *r = &results[a * TM_COUNT + b];
            if (r->n == 0)
                continue;
            if (r->n > 1 || r->overflow) {
                if (conflicts < 40) {
                    fprintf(stderr, "%s: LLP(1,1) conflict on the pair %s %s:\n", grammar_path, sym_name[a],
                            sym_name[b]);
                    for (int i = 0; i < r->n; i++) {
                        fprintf(stderr, "   after line %d's %s:\n", r->v[i].line_a, sym_name[a]);
                        describe(&r->v[i]);
                    }
                }
                conflicts++;
                continue;
            }
            const struct entry *e = &r->v[0];
            pair_index[a * TM_COUNT + b] = (uint32_t)ndata;
            put((uint32_t)e->nclose | (uint32_t)e->nopen << 8 | (uint32_t)e->nprod << 16 |
                (uint32_t)e->tokparent << 24);
            for (int i = 0; i < e->nclose; i++)
                put((uint32_t)e->close[i]);
            for (int i = 0; i < e->nopen; i++)
                put((uint32_t)e->open[i] | (uint32_t)e->open_owner[i] << 16);
            for (int i = 0; i < e->nprod; i++)
                put((uint32_t)e->prod[i] | (uint32_t)e->parent[i] << 16);
        }
    }
    if (conflicts)
        fprintf(stderr, "%s: %d LLP(1,1) conflicts\n", grammar_path, conflicts);
    return conflicts;
}

static void write_header(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        exit(1);
    }
    fprintf(f, "/* Generated by tools/llpgen.c from %s. Do not edit. */\n", grammar_path);
    fprintf(f, "#ifndef RUSTG_LLP_TABLES_H\n#define RUSTG_LLP_TABLES_H\n\n");
    fprintf(f, "#define LLP_T %d\n#define LLP_EXT %uu\n#define LLP_NPRODS %d\n#define LLP_NSYMS %d\n#define LLP_NDATA %zu\n",
            TM_COUNT, LLP_EXT, nprods, nsyms, ndata);
    /* Production ids by tag, for the passes that read the tree. */
    for (int i = 0; i < nprods; i++) {
        int first_of_tag = 1;
        for (int j = 0; j < i; j++)
            first_of_tag &= strcmp(prods[j].tag, prods[i].tag) != 0;
        if (first_of_tag && prods[i].tag[0] != '_')
            fprintf(f, "#define P_%s %d\n", prods[i].tag, i);
    }
    fprintf(f, "\n#ifndef GL_core_profile\n#include <stdint.h>\n");
    fprintf(f, "static const uint32_t llp_pair[%d] = {", TM_COUNT * TM_COUNT);
    for (int i = 0; i < TM_COUNT * TM_COUNT; i++)
        fprintf(f, "%s%u,", i % 16 ? "" : "\n", pair_index[i]);
    fprintf(f, "};\nstatic const uint32_t llp_data[%zu] = {", ndata);
    for (size_t i = 0; i < ndata; i++)
        fprintf(f, "%s%u,", i % 12 ? "" : "\n", data[i]);
    fprintf(f, "};\n/* Production p: right side length | first symbol is a terminal << 8 | kept << 9 |\n"
               " * suffix << 10 | kind (the first production with p's tag) << 16. */\n");
    fprintf(f, "static const uint32_t llp_prod_info[%d] = {", nprods);
    for (int i = 0; i < nprods; i++)
        fprintf(f, "%s%d,", i % 16 ? "" : "\n",
                prods[i].n | (prods[i].n > 0 && is_term(prods[i].rhs[0])) << 8 | (prods[i].tag[0] != '_') << 9 |
                    prods[i].suffix << 10 | prods[i].kind << 16);
    fprintf(f, "};\n/* Production tags; a leading '_' keeps the node out of the tree. */\n");
    fprintf(f, "static const char *const llp_prod_tag[%d] = {", nprods);
    for (int i = 0; i < nprods; i++)
        fprintf(f, "%s\"%s\",", i % 6 ? "" : "\n", prods[i].tag);
    fprintf(f, "};\n/* FIRST of every symbol, a bit per terminal (syntax errors list it). */\n");
    fprintf(f, "static const uint64_t llp_first[%d][%d] = {", nsyms, (int)(sizeof first[0].w / sizeof first[0].w[0]));
    for (int i = 0; i < nsyms; i++) {
        fputs("\n{", f);
        for (size_t w = 0; w < sizeof first[0].w / sizeof first[0].w[0]; w++)
            fprintf(f, "0x%llxull,", (unsigned long long)first[i].w[w]);
        fputs("},", f);
    }
    fprintf(f, "};\nstatic const char *const llp_sym_name[%d] = {", nsyms);
    for (int i = 0; i < nsyms; i++) {
        fputs(i % 8 ? "" : "\n", f);
        fputc('"', f);
        for (const char *c = sym_name[i]; *c; c++) {
            if (*c == '"' || *c == '\\')
                fputc('\\', f);
            fputc(*c, f);
        }
        fputs("\",", f);
    }
    fprintf(f, "};\n#endif\n\n#endif\n");
    fclose(f);
}

/* --parse: the GPU's parse of lines of terminals, checked against LL(1). */
static int *node_prod, *node_parent, *node_start, *ll_prod, *ll_parent;
static int *term_parent, *ll_term_parent;
/* Pops and pushes of the bracket match: a symbol and the node that pushed it. */
static int *stk_sym, *stk_owner;
static size_t max_nodes;

static void *grow(void *p, size_t n, size_t size)
{
    p = realloc(p, n * size);
    if (!p) {
        fprintf(stderr, "llpgen: out of memory\n");
        exit(1);
    }
    return p;
}

/* Room for a line of n terminals: each pair applies at most MAX_STACK
 * productions and leaves at most MAX_STACK symbols. */
static void reserve_nodes(int n)
{
    size_t need = ((size_t)n + 2) * MAX_STACK + 16;
    if (need <= max_nodes)
        return;
    max_nodes = need;
    node_prod = grow(node_prod, need, sizeof(int));
    node_parent = grow(node_parent, need, sizeof(int));
    node_start = grow(node_start, need, sizeof(int));
    ll_prod = grow(ll_prod, need, sizeof(int));
    ll_parent = grow(ll_parent, need, sizeof(int));
    stk_sym = grow(stk_sym, need, sizeof(int));
    stk_owner = grow(stk_owner, need, sizeof(int));
    term_parent = grow(term_parent, (size_t)n + 2, sizeof(int));
    ll_term_parent = grow(ll_term_parent, (size_t)n + 2, sizeof(int));
}

static int find_terminal(const char *s, size_t n)
{
    for (int i = 0; i < TM_COUNT; i++)
        if (strlen(sym_name[i]) == n && memcmp(sym_name[i], s, n) == 0 && sym_name[i][0] != '#')
            return i;
    return -1;
}

/* The LLP parse, as the GPU does it: returns the node count, or -1 with *why set. */
static int llp_parse(const int *t, int n, char *why, size_t whylen)
{
    int sp = 0, nn = 0;
    for (int k = 0; k <= n; k++) {
        int a = k == 0 ? TM_SOI : t[k - 1], b = k == n ? TM_EOI : t[k];
        uint32_t w = pair_index[a * TM_COUNT + b];
        if (!w) {
            snprintf(why, whylen, "no pair entry for %s %s (terminal %d)", sym_name[a], sym_name[b], k);
            return -1;
        }
        uint32_t hdr = data[w];
        int nclose = (int)(hdr & 0xff), nopen = (int)(hdr >> 8 & 0xff), nprod = (int)(hdr >> 16 & 0xff);
        int tokparent = (int)(hdr >> 24);
        const uint32_t *cl = &data[w + 1], *op = cl + nclose, *pr = op + nopen;
        int closed_owner[256];
        for (int i = 0; i < nclose; i++) {
            if (sp == 0 || stk_sym[sp - 1] != (int)cl[i]) {
                snprintf(why, whylen, "bracket mismatch at pair %s %s (terminal %d): closes %s, open is %s",
                         sym_name[a], sym_name[b], k, sym_name[cl[i]], sp ? sym_name[stk_sym[sp - 1]] : "nothing");
                return -1;
            }
            closed_owner[i] = stk_owner[--sp];
        }
        int base = nn;
#define RESOLVE(r) ((r) == 0xff ? -1 : ((r) & LLP_EXT) ? closed_owner[(r) & 0x7f] : base + (r))
        for (int i = 0; i < nprod; i++) {
            int r = (int)(pr[i] >> 16);
            node_prod[nn] = (int)(pr[i] & 0xffff);
            node_parent[nn] = RESOLVE(r);
            node_start[nn] = k;
            nn++;
        }
        term_parent[k] = RESOLVE(tokparent);
#undef RESOLVE
        for (int i = 0; i < nopen; i++) {
            stk_sym[sp] = (int)(op[i] & 0xffff);
            stk_owner[sp++] = base + (int)(op[i] >> 16);
        }
    }
    if (sp != 0) {
        snprintf(why, whylen, "%d brackets left open (%s ...)", sp, sym_name[stk_sym[sp - 1]]);
        return -1;
    }
    return nn;
}

/* The plain LL(1) parse with the same table. */
static int ll_parse(const int *t, int n, char *why, size_t whylen)
{
    int sp = 0, nn = 0;
    ll_prod[nn] = 0;
    ll_parent[nn++] = -1;
    for (int k = prods[0].n - 1; k >= 0; k--) {
        stk_sym[sp] = prods[0].rhs[k];
        stk_owner[sp++] = 0;
    }
    for (int k = -1; k <= n; k++) {
        int b = k < 0 ? TM_SOI : k == n ? TM_EOI : t[k];
        for (;;) {
            if (sp == 0) {
                snprintf(why, whylen, "stack empty before %s (terminal %d)", sym_name[b], k);
                return -1;
            }
            int x = stk_sym[sp - 1], own = stk_owner[sp - 1];
            if (is_term(x)) {
                if (x != b) {
                    snprintf(why, whylen, "expected %s, found %s (terminal %d)", sym_name[x], sym_name[b], k);
                    return -1;
                }
                sp--;
                if (k >= 0)
                    ll_term_parent[k] = own;
                break;
            }
            int p = table[x][b];
            if (p < 0) {
                snprintf(why, whylen, "no rule for %s on %s (terminal %d)", sym_name[x], sym_name[b], k);
                return -1;
            }
            if ((size_t)nn == max_nodes || (size_t)(sp + prods[p].n) > max_nodes) {
                snprintf(why, whylen, "too many nodes");
                return -1;
            }
            sp--;
            ll_prod[nn] = p;
            ll_parent[nn] = own;
            for (int j = prods[p].n - 1; j >= 0; j--) {
                stk_sym[sp] = prods[p].rhs[j];
                stk_owner[sp++] = nn;
            }
            nn++;
        }
    }
    if (sp != 0) {
        snprintf(why, whylen, "input ends with %d symbols on the stack", sp);
        return -1;
    }
    return nn;
}

static int kept(int node) { return prods[node_prod[node]].tag[0] != '_'; }

static int kept_ancestor(int node)
{
    while (node >= 0 && !kept(node))
        node = node_parent[node];
    return node;
}

/* One line of any length from f into *buf; 0 at the end of the file. */
static int read_line(FILE *f, char **buf, size_t *cap)
{
    size_t len = 0;
    int c;
    while ((c = getc(f)) != EOF && c != '\n') {
        if (len + 1 >= *cap) {
            *cap = *cap ? *cap * 2 : 4096;
            *buf = grow(*buf, *cap, 1);
        }
        (*buf)[len++] = (char)c;
    }
    if (c == EOF && len == 0)
        return 0;
    if (!*buf) {
        *cap = 16;
        *buf = grow(NULL, *cap, 1);
    }
    (*buf)[len] = 0;
    return 1;
}

static int parse_lines(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 2;
    }
    char *line = NULL;
    size_t linecap = 0;
    int *t = NULL, *depth = NULL, *first_tok = NULL, *next_tok = NULL;
    char **annot = NULL;
    int status = 0, lineno = 0;
    while (read_line(f, &line, &linecap)) {
        lineno++;
        size_t len = strlen(line);
        while (len && (line[len - 1] == '\r' || line[len - 1] == ' '))
            line[--len] = 0;
        const char *p = line;
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p || *p == '#') {
            if (*p == '#')
                printf("%s\n", p);
            continue;
        }
        /* At most one terminal per two characters. */
        int cap = (int)(len / 2 + 2);
        t = grow(t, (size_t)cap, sizeof *t);
        annot = grow(annot, (size_t)cap, sizeof *annot);
        int n = 0, bad = 0;
        while (*p) {
            const char *s = p;
            if (*p == '\'') {
                p++;
                while (*p && *p != '\'')
                    p++;
                if (*p)
                    p++;
            } else {
                while (*p && *p != ' ' && *p != '\t' && *p != '/')
                    p++;
            }
            const char *e = p;
            /* An optional `/text` after a spelling is what the tree shows. */
            const char *a = NULL;
            if (*p == '/') {
                a = ++p;
                while (*p && *p != ' ' && *p != '\t')
                    p++;
            }
            int id = find_terminal(s, (size_t)(e - s));
            if (id < 0) {
                fprintf(stderr, "%s:%d: unknown terminal %.*s\n", path, lineno, (int)(e - s), s);
                bad = 1;
            } else {
                annot[n] = a ? dup_n(a, (size_t)(p - a)) : NULL;
                t[n++] = id;
            }
            while (*p == ' ' || *p == '\t')
                p++;
        }
        if (bad) {
            status = 2;
            for (int k = 0; k < n; k++)
                free(annot[k]);
            continue;
        }
        printf("> %s\n", line);
        reserve_nodes(n);
        char why[512], llwhy[512];
        int nn = llp_parse(t, n, why, sizeof why);
        int ln = ll_parse(t, n, llwhy, sizeof llwhy);
        if ((nn < 0) != (ln < 0)) {
            printf("GENERATOR BUG: the LLP parse %s, the LL(1) parse %s\n", nn < 0 ? why : "accepts",
                   ln < 0 ? llwhy : "accepts");
            fprintf(stderr, "%s:%d: GENERATOR BUG: LLP and LL(1) disagree on acceptance\n", path, lineno);
            status = 3;
        } else if (nn < 0) {
            printf("  error: %s\n  LL(1): %s\n", why, llwhy);
        } else {
            int same = nn == ln;
            for (int i = 0; same && i < nn; i++)
                same = node_prod[i] == ll_prod[i] && node_parent[i] == ll_parent[i];
            for (int k = 0; same && k < n; k++)
                same = term_parent[k] == ll_term_parent[k];
            if (!same) {
                printf("GENERATOR BUG: the LLP parse and the LL(1) parse build different trees\n");
                fprintf(stderr, "%s:%d: GENERATOR BUG: LLP and LL(1) trees differ\n", path, lineno);
                status = 3;
            } else {
                /* The terminals each kept node holds, in order. */
                depth = grow(depth, (size_t)nn, sizeof *depth);
                first_tok = grow(first_tok, (size_t)nn, sizeof *first_tok);
                next_tok = grow(next_tok, (size_t)n + 1, sizeof *next_tok);
                for (int i = 0; i < nn; i++)
                    first_tok[i] = -1;
                for (int k = n - 1; k >= 0; k--) {
                    int o = kept_ancestor(term_parent[k]);
                    next_tok[k] = o >= 0 ? first_tok[o] : -1;
                    if (o >= 0)
                        first_tok[o] = k;
                }
                for (int i = 0; i < nn; i++) {
                    if (!kept(i))
                        continue;
                    int up = kept_ancestor(node_parent[i]);
                    depth[i] = up < 0 ? 0 : depth[up] + 1;
                    printf("%*s%s @%d", 2 * depth[i], "", prods[node_prod[i]].tag, node_start[i]);
                    for (int k = first_tok[i]; k >= 0; k = next_tok[k])
                        printf(" %s", annot[k] ? annot[k] : sym_name[t[k]]);
                    printf("\n");
                }
            }
        }
        for (int k = 0; k < n; k++)
            free(annot[k]);
    }
    fclose(f);
    free(line);
    free(t);
    free(annot);
    free(depth);
    free(first_tok);
    free(next_tok);
    return status;
}

int main(int argc, char **argv)
{
    if (argc != 3 && !(argc == 5 && strcmp(argv[3], "--parse") == 0)) {
        fprintf(stderr, "usage: llpgen GRAMMAR OUT.h [--parse FILE]\n");
        return 2;
    }
    grammar_path = argv[1];
    name_terminals();
    read_grammar(argv[1]);
    compute_sets();
    if (build_pairs())
        return 1;
    write_header(argv[2]);
    fprintf(stderr, "llpgen: %d productions, %d symbols, %zu table words\n", nprods, nsyms - TM_COUNT, ndata);
    if (argc == 5)
        return parse_lines(argv[4]);
    return 0;
}
