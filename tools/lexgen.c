/* Build-time generator of the lexer's tables.
 *
 * The lexer is a DFA over byte classes with at most 64 states. Each byte maps
 * to its class's transition function (state -> state), held as 64 bytes; the
 * state after byte i is the composition of the functions of bytes 0..i applied
 * to START, which the GPU computes with a parallel scan (composition is
 * associative). A transition also says whether the byte starts a new lexeme
 * (maximal munch: a byte that cannot extend the current lexeme restarts from
 * START). A lexeme's kind follows from the state it ends in and its first byte.
 *
 * Rust's lexical grammar as one DFA makes the set of reachable compositions
 * explode (string, comment and operator tracks multiply), so functions are
 * composed explicitly rather than through a precomputed merge table.
 *
 * Nesting deeper than the DFA counts (block comments past depth 2, raw
 * strings past three `#`) enters a sink that keeps running the comment's or
 * string's own sub-automaton to the end of the file; src/lex.c then finds the
 * construct's true end with scans and marks that byte with an override class
 * that leaves the sink, and lexes again.
 *
 * usage: lexgen OUT.glsl OUT.h */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum state {
    S_START, S_WS, S_IDENT, S_ID_B, S_ID_C, S_ID_R,
    S_NUM_DEC, S_NUM_E, S_NUM_OTHER, S_STR, S_STR_ESC, S_SLASH, S_LCOMMENT,
    S_BC1, S_BC1_STAR, S_BC1_SLASH, S_BC2, S_BC2_STAR, S_BC2_SLASH, S_DC, S_DC_STAR, S_DC_SLASH,
    S_QUOTE, S_Q_IDENT, S_Q_CHAR, S_Q_ESC, S_Q_HEX, S_Q_UNI, S_Q_UTF, S_QB,
    S_RH1, S_RH2, S_RH3, S_RAW0, S_RAW1, S_RAW1_Q, S_RAW2, S_RAW2_Q, S_RAW2_QH,
    S_RAW3, S_RAW3_Q, S_RAW3_QH, S_RAW3_QHH, S_RHD, S_RAWD,
    S_ID_C2, S_ID_E2, S_ID_E280, S_NUM_C2, S_NUM_E2, S_NUM_E280, S_WS_TAIL, S_LIT_END, S_LIT_SUFFIX,
    S_P_EQ, S_P_EQ_GT, S_LT, S_GT, S_AMP, S_PIPE, S_DOT, S_DOT2, S_COLON, S_END, NUM_STATES
};

enum cls {
    C_LETTER, C_UNDER, C_B, C_C, C_R, C_E, C_DIGIT, C_WS, C_NL, C_DQUOTE, C_BSLASH, C_SQUOTE, C_SLASH, C_STAR,
    C_EQ, C_BANG, C_LT, C_GT, C_AMP, C_PIPE, C_PLUS, C_MINUS, C_PERCENT, C_CARET, C_DOT, C_COLON,
    C_HASH, C_LBRACE, C_RBRACE, C_SINGLE, C_UTF_LEAD, C_UTF_CONT, C_OTHER,
    /* UTF-8 bytes of Pattern_White_Space: U+0085 is C2 85; U+200E, U+200F,
     * U+2028, U+2029 are E2 80 then 8E, 8F, A8, A9 */
    C_C2, C_E2, C_X80, C_X85, C_WS_TAIL,
    /* never a byte's class: the override marking the last byte of a comment
     * or raw string that outgrew the DFA (see above) */
    C_END_COMMENT, C_END_RAW, NUM_CLASSES
};

enum lexeme {
    LX_TRIVIA, LX_IDENT, LX_NUMBER, LX_STRING, LX_CHAR, LX_LIFETIME, LX_PUNCT,
    LX_ERR_CHAR, LX_ERR_UNTERMINATED_STRING, LX_ERR_UNTERMINATED_COMMENT, LX_ERR_UNTERMINATED_CHAR,
    LX_LINE_COMMENT, LX_ERR_UNTERMINATED_RAW, LX_ERR_RAW_PREFIX
};

static int class_of(int b)
{
    if (b == 'b')
        return C_B;
    if (b == 'c')
        return C_C;
    if (b == 'r')
        return C_R;
    if (b == 'e' || b == 'E')
        return C_E;
    if (b == '_')
        return C_UNDER;
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))
        return C_LETTER;
    if (b >= '0' && b <= '9')
        return C_DIGIT;
    if (b == '\n')
        return C_NL;
    if (b == ' ' || b == '\t' || b == '\r' || b == '\v' || b == '\f')
        return C_WS;
    if (b == 0xC2)
        return C_C2;
    if (b == 0xE2)
        return C_E2;
    if (b == 0x80)
        return C_X80;
    if (b == 0x85)
        return C_X85;
    if (b == 0x8E || b == 0x8F || b == 0xA8 || b == 0xA9)
        return C_WS_TAIL;
    if (b >= 0xC0)
        return C_UTF_LEAD; /* non-ASCII identifiers: checked against XID later */
    if (b >= 0x80)
        return C_UTF_CONT;
    switch (b) {
    case '"': return C_DQUOTE;
    case '\\': return C_BSLASH;
    case '\'': return C_SQUOTE;
    case '/': return C_SLASH;
    case '*': return C_STAR;
    case '=': return C_EQ;
    case '!': return C_BANG;
    case '<': return C_LT;
    case '>': return C_GT;
    case '&': return C_AMP;
    case '|': return C_PIPE;
    case '+': return C_PLUS;
    case '-': return C_MINUS;
    case '%': return C_PERCENT;
    case '^': return C_CARET;
    case '.': return C_DOT;
    case ':': return C_COLON;
    case '#': return C_HASH;
    case '{': return C_LBRACE;
    case '}': return C_RBRACE;
    case '(': case ')': case '[': case ']': case ',': case ';': case '$': case '?': case '@': case '~':
        return C_SINGLE;
    default: return C_OTHER;
    }
}

static int is_utf_lead(int c) { return c == C_UTF_LEAD || c == C_C2 || c == C_E2; }
static int is_utf_cont(int c) { return c == C_UTF_CONT || c == C_X80 || c == C_X85 || c == C_WS_TAIL; }

static int is_ident_class(int c)
{
    return c == C_LETTER || c == C_UNDER || c == C_B || c == C_C || c == C_R || c == C_E || c == C_DIGIT ||
           is_utf_lead(c) || is_utf_cont(c);
}

static int is_letter_class(int c)
{
    return c == C_LETTER || c == C_UNDER || c == C_B || c == C_C || c == C_R || c == C_E || is_utf_lead(c);
}

/* Within an identifier or lifetime, a C2 or E2 byte may begin whitespace:
 * track it, so that its last byte can end the identifier (lex_classify trims
 * the lead bytes off the identifier's end). */
static int ident_next(int c)
{
    return c == C_C2 ? S_ID_C2 : c == C_E2 ? S_ID_E2 : is_ident_class(c) ? S_IDENT : -1;
}

static int number_next(int c)
{
    return c == C_C2 ? S_NUM_C2 : c == C_E2 ? S_NUM_E2 : is_ident_class(c) ? S_NUM_OTHER : -1;
}

/* Kind by end state; the shader refines it by the lexeme's first bytes. */
static int accept_kind(int s)
{
    switch (s) {
    case S_START: case S_WS: case S_WS_TAIL: return LX_TRIVIA;
    case S_LCOMMENT: return LX_LINE_COMMENT;
    case S_IDENT: case S_ID_B: case S_ID_C: case S_ID_R: case S_ID_C2: case S_ID_E2: case S_ID_E280: return LX_IDENT;
    case S_NUM_DEC: case S_NUM_E: case S_NUM_OTHER: case S_NUM_C2: case S_NUM_E2: case S_NUM_E280: return LX_NUMBER;
    case S_STR: case S_STR_ESC: return LX_ERR_UNTERMINATED_STRING;
    case S_BC1: case S_BC1_STAR: case S_BC1_SLASH: case S_BC2: case S_BC2_STAR: case S_BC2_SLASH:
    case S_DC: case S_DC_STAR: case S_DC_SLASH: return LX_ERR_UNTERMINATED_COMMENT;
    case S_QUOTE: case S_Q_CHAR: case S_Q_ESC: case S_Q_HEX: case S_Q_UNI: case S_QB:
        return LX_ERR_UNTERMINATED_CHAR;
    case S_Q_IDENT: case S_Q_UTF: return LX_LIFETIME;
    case S_RAW0: case S_RAW1: case S_RAW1_Q: case S_RAW2: case S_RAW2_Q: case S_RAW2_QH: case S_RAW3:
    case S_RAW3_Q: case S_RAW3_QH: case S_RAW3_QHH: case S_RAWD: return LX_ERR_UNTERMINATED_RAW;
    case S_RH1: case S_RH2: case S_RH3: case S_RHD: return LX_ERR_RAW_PREFIX;
    default: return LX_PUNCT;
    }
}

static int start_state(int c)
{
    switch (c) {
    case C_B: return S_ID_B;
    case C_C: return S_ID_C;
    case C_R: return S_ID_R;
    case C_LETTER: case C_UNDER: case C_E: case C_UTF_LEAD: case C_UTF_CONT: case C_X80: case C_X85:
    case C_WS_TAIL: return S_IDENT;
    case C_C2: return S_ID_C2;
    case C_E2: return S_ID_E2;
    case C_DIGIT: return S_NUM_DEC;
    case C_WS: case C_NL: return S_WS;
    case C_DQUOTE: return S_STR;
    case C_SQUOTE: return S_QUOTE;
    case C_SLASH: return S_SLASH;
    case C_BANG: case C_PLUS: case C_STAR: case C_PERCENT: case C_CARET: return S_P_EQ;
    case C_EQ: case C_MINUS: return S_P_EQ_GT;
    case C_LT: return S_LT;
    case C_GT: return S_GT;
    case C_AMP: return S_AMP;
    case C_PIPE: return S_PIPE;
    case C_DOT: return S_DOT;
    case C_COLON: return S_COLON;
    default: return S_END; /* single punctuation, and unknown bytes (error by first byte) */
    }
}

/* Continuation of lexeme state s by class c, or -1: c starts a new lexeme. */
static int extend(int s, int c)
{
    int ident = is_ident_class(c);
    switch (s) {
    case S_WS: case S_WS_TAIL: return (c == C_WS || c == C_NL) ? S_WS : -1;
    case S_IDENT: return ident_next(c);
    /* C2 85 and E2 80 (8E|8F|A8|A9) are whitespace (see step); else letters */
    case S_ID_C2: return is_utf_cont(c) ? S_IDENT : -1;
    case S_ID_E2: return c == C_X80 ? S_ID_E280 : is_utf_cont(c) ? S_IDENT : -1;
    case S_ID_E280: return is_utf_cont(c) ? S_IDENT : -1;
    /* b c r br cr: a literal prefix if a quote or `#` follows */
    case S_ID_B: return c == C_DQUOTE ? S_STR : c == C_SQUOTE ? S_QB : c == C_R ? S_ID_R : ident_next(c);
    case S_ID_C: return c == C_DQUOTE ? S_STR : c == C_R ? S_ID_R : ident_next(c);
    case S_ID_R:
        return c == C_DQUOTE ? S_RAW0 : c == C_HASH ? S_RH1 : ident_next(c);
    /* 1e-3: a sign continues a decimal number only right after its exponent mark */
    case S_NUM_DEC: return c == C_E ? S_NUM_E : (c == C_DIGIT || c == C_UNDER) ? S_NUM_DEC : number_next(c);
    case S_NUM_E: return (c == C_PLUS || c == C_MINUS) ? S_NUM_OTHER : number_next(c);
    case S_NUM_OTHER: return number_next(c);
    /* as in identifiers: whitespace may end a number (see ident_next) */
    case S_NUM_C2: return is_utf_cont(c) ? S_NUM_OTHER : -1;
    case S_NUM_E2: return c == C_X80 ? S_NUM_E280 : is_utf_cont(c) ? S_NUM_OTHER : -1;
    case S_NUM_E280: return is_utf_cont(c) ? S_NUM_OTHER : -1;
    case S_STR: return c == C_DQUOTE ? S_LIT_END : c == C_BSLASH ? S_STR_ESC : S_STR;
    case S_STR_ESC: return S_STR;
    case S_SLASH: return c == C_SLASH ? S_LCOMMENT : c == C_STAR ? S_BC1 : c == C_EQ ? S_END : -1;
    case S_LCOMMENT: return c == C_NL ? -1 : S_LCOMMENT;
    /* Nested block comments: depth 1 and 2 here, deeper ones in the sink */
    case S_BC1: return c == C_STAR ? S_BC1_STAR : c == C_SLASH ? S_BC1_SLASH : S_BC1;
    case S_BC1_STAR: return c == C_SLASH ? S_END : c == C_STAR ? S_BC1_STAR : S_BC1;
    case S_BC1_SLASH: return c == C_STAR ? S_BC2 : c == C_SLASH ? S_BC1_SLASH : S_BC1;
    case S_BC2: return c == C_STAR ? S_BC2_STAR : c == C_SLASH ? S_BC2_SLASH : S_BC2;
    case S_BC2_STAR: return c == C_SLASH ? S_BC1 : c == C_STAR ? S_BC2_STAR : S_BC2;
    case S_BC2_SLASH: return c == C_STAR ? S_DC : c == C_SLASH ? S_BC2_SLASH : S_BC2;
    /* the sink: comment openers and closers without a depth, which src/lex_sink.c counts */
    case S_DC: case S_DC_STAR: case S_DC_SLASH:
        return c == C_STAR ? (s == S_DC_SLASH ? S_DC : S_DC_STAR) : c == C_SLASH ? (s == S_DC_STAR ? S_DC : S_DC_SLASH) : S_DC;
    /* 'a' is a char, 'a a lifetime or label; escapes \n \' \x7f \u{1F600} */
    case S_QUOTE: return (c == C_LETTER || c == C_UNDER || c == C_B || c == C_C || c == C_R || c == C_E) ? S_Q_IDENT
                         : is_utf_lead(c) ? S_Q_UTF : c == C_BSLASH ? S_Q_ESC
                         : (c == C_NL || c == C_SQUOTE) ? -1 : S_Q_CHAR;
    case S_Q_IDENT: return c == C_SQUOTE ? S_LIT_END : ident_next(c);
    case S_Q_UTF: return is_utf_cont(c) ? S_Q_UTF : c == C_SQUOTE ? S_LIT_END : ident_next(c);
    case S_Q_CHAR: return c == C_SQUOTE ? S_LIT_END : -1;
    case S_Q_ESC: return is_letter_class(c) && !is_utf_lead(c) ? S_Q_HEX : c == C_NL ? -1 : S_Q_CHAR;
    case S_Q_HEX: return c == C_SQUOTE ? S_LIT_END : c == C_LBRACE ? S_Q_UNI : ident ? S_Q_HEX : -1;
    case S_Q_UNI: return c == C_RBRACE ? S_Q_CHAR : (ident) ? S_Q_UNI : -1;
    case S_QB: return c == C_BSLASH ? S_Q_ESC : (c == C_SQUOTE || c == C_NL) ? -1 : is_utf_lead(c) ? S_Q_UTF : S_Q_CHAR;
    /* raw strings r"..", r#".."#, up to three # here and more in the sink;
     * r#ident is a raw identifier */
    case S_RH1: return c == C_DQUOTE ? S_RAW1 : c == C_HASH ? S_RH2 : is_letter_class(c) ? S_IDENT : -1;
    case S_RH2: return c == C_DQUOTE ? S_RAW2 : c == C_HASH ? S_RH3 : -1;
    case S_RH3: return c == C_DQUOTE ? S_RAW3 : c == C_HASH ? S_RHD : -1;
    case S_RHD: return c == C_DQUOTE ? S_RAWD : c == C_HASH ? S_RHD : -1;
    case S_RAWD: return S_RAWD;
    case S_RAW0: return c == C_DQUOTE ? S_LIT_END : S_RAW0;
    case S_RAW1: return c == C_DQUOTE ? S_RAW1_Q : S_RAW1;
    case S_RAW1_Q: return c == C_HASH ? S_LIT_END : c == C_DQUOTE ? S_RAW1_Q : S_RAW1;
    case S_RAW2: return c == C_DQUOTE ? S_RAW2_Q : S_RAW2;
    case S_RAW2_Q: return c == C_HASH ? S_RAW2_QH : c == C_DQUOTE ? S_RAW2_Q : S_RAW2;
    case S_RAW2_QH: return c == C_HASH ? S_LIT_END : c == C_DQUOTE ? S_RAW2_Q : S_RAW2;
    case S_RAW3: return c == C_DQUOTE ? S_RAW3_Q : S_RAW3;
    case S_RAW3_Q: return c == C_HASH ? S_RAW3_QH : c == C_DQUOTE ? S_RAW3_Q : S_RAW3;
    case S_RAW3_QH: return c == C_HASH ? S_RAW3_QHH : c == C_DQUOTE ? S_RAW3_Q : S_RAW3;
    case S_RAW3_QHH: return c == C_HASH ? S_LIT_END : c == C_DQUOTE ? S_RAW3_Q : S_RAW3;
    /* a literal's suffix: "str"suffix, 'c'suffix */
    case S_LIT_END: case S_LIT_SUFFIX: return is_letter_class(c) || (s == S_LIT_SUFFIX && ident) ? S_LIT_SUFFIX : -1;
    case S_P_EQ: return c == C_EQ ? S_END : -1;
    case S_P_EQ_GT: return (c == C_EQ || c == C_GT) ? S_END : -1;
    case S_LT: return c == C_EQ ? S_END : c == C_LT ? S_P_EQ : -1;
    case S_GT: return c == C_EQ ? S_END : c == C_GT ? S_P_EQ : -1;
    case S_AMP: return (c == C_AMP || c == C_EQ) ? S_END : -1;
    case S_PIPE: return (c == C_PIPE || c == C_EQ) ? S_END : -1;
    case S_DOT: return c == C_DOT ? S_DOT2 : -1;
    case S_DOT2: return (c == C_DOT || c == C_EQ) ? S_END : -1;
    case S_COLON: return c == C_COLON ? S_END : -1;
    default: return -1;
    }
}

static void step(int s, int c, int *next, int *boundary)
{
    if (c == C_END_COMMENT || c == C_END_RAW) {
        *boundary = 0;
        *next = c == C_END_COMMENT ? S_END : S_LIT_END;
        return;
    }
    if (((s == S_ID_C2 || s == S_NUM_C2) && c == C_X85) || ((s == S_ID_E280 || s == S_NUM_E280) && c == C_WS_TAIL)) {
        *boundary = 1; /* whitespace: its last byte ends the identifier or number */
        *next = S_WS_TAIL;
        return;
    }
    int e = s == S_START ? -1 : extend(s, c);
    *boundary = e < 0;
    *next = e < 0 ? start_state(c) : e;
}

static const char *keywords[] = {
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if",
    "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self",
    "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "async",
    "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
    "unsized", "virtual", "yield", "try", "_"};
#define KW_FIRST 16

static const char *puncts[] = {
    "+", "-", "*", "/", "%", "^", "!", "&", "|", "&&", "||", "<<", ">>", "+=", "-=", "*=", "/=", "%=",
    "^=", "&=", "|=", "<<=", ">>=", "=", "==", "!=", ">", "<", ">=", "<=", "@", ".", "..", "...", "..=",
    ",", ";", ":", "::", "->", "=>", "#", "$", "?", "~", "(", ")", "[", "]", "{", "}"};
#define PUNCT_FIRST 80


static uint32_t pack(const char *s, int word)
{
    uint32_t v = 0;
    size_t len = strlen(s);
    for (size_t i = 0; i < 4 && (size_t)word * 4 + i < len; i++)
        v |= (uint32_t)(uint8_t)s[word * 4 + i] << (8 * i);
    return v;
}

/* A multiplicative hash into 128 slots, with the multiplier searched at
 * build time so that every keyword (or operator) gets a slot of its own. */
static uint32_t slot_of(uint32_t w0, uint32_t w1, uint32_t len, uint32_t m)
{
    return ((w0 * m) ^ (w1 * 0x9E3779B1u) ^ (len * 0x85EBCA77u)) >> 25;
}

static uint32_t find_multiplier(const char **words, int n, int8_t *slots)
{
    uint32_t m = 0x2545F491u;
    for (int attempt = 0; attempt < 1000000; attempt++) {
        memset(slots, -1, 128);
        int ok = 1;
        for (int i = 0; i < n && ok; i++) {
            uint32_t h = slot_of(pack(words[i], 0), pack(words[i], 1), (uint32_t)strlen(words[i]), m);
            if (slots[h] >= 0)
                ok = 0;
            else
                slots[h] = (int8_t)i;
        }
        if (ok)
            return m;
        m = m * 1664525u + 1013904223u;
        m |= 1;
    }
    fprintf(stderr, "lexgen: no perfect hash found\n");
    exit(1);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: lexgen OUT.glsl OUT.h\n");
        return 2;
    }
    if (NUM_STATES > 64) {
        fprintf(stderr, "lexgen: %d states; at most 64 fit the function encoding\n", NUM_STATES);
        return 1;
    }
    FILE *g = fopen(argv[1], "w");
    FILE *h = fopen(argv[2], "w");
    if (!g || !h)
        return 1;
    /* Table layout (u32 words): [class of each byte: 256][transition per state x class:
     * next | boundary << 8][class functions: 16 words each, byte s = next state of s][accept per state] */
    unsigned off_class = 0, off_trans = 256, off_fn = off_trans + NUM_STATES * NUM_CLASSES;
    unsigned off_accept = off_fn + NUM_CLASSES * 16, total = off_accept + NUM_STATES;
    fprintf(g, "// generated by tools/lexgen.c\n");
    fprintf(g, "#define LEX_NUM_STATES %d\n#define LEX_NUM_CLASSES %d\n#define LEX_START %d\n", NUM_STATES,
            NUM_CLASSES, S_START);
    fprintf(g, "#define LEX_S_END %d\n#define LEX_S_IDENT %d\n#define LEX_FN_WORDS 16u\n", S_END, S_IDENT);
    /* the DFA's bounds and its sinks past them */
    fprintf(g, "#define LEX_S_BC2_SLASH %d\n#define LEX_S_RH_LAST %d\n#define LEX_RAW_DFA_HASHES 3u\n", S_BC2_SLASH,
            S_RH3);
    fprintf(g, "#define LEX_C_STAR %d\n#define LEX_C_HASH %d\n#define LEX_S_ID_C2 %d\n#define LEX_S_ID_E280 %d\n", C_STAR,
            C_HASH, S_ID_C2, S_ID_E280);
    fprintf(g, "#define LEX_S_NUM_C2 %d\n#define LEX_S_NUM_E280 %d\n", S_NUM_C2, S_NUM_E280);
    fprintf(g, "#define LEX_S_STR_ESC %d\n#define LEX_S_Q_ESC %d\n", S_STR_ESC, S_Q_ESC);
    fprintf(g, "#define LEX_S_DC %d\n#define LEX_S_DC_STAR %d\n#define LEX_S_DC_SLASH %d\n#define LEX_S_RHD %d\n",
            S_DC, S_DC_STAR, S_DC_SLASH, S_RHD);
    fprintf(g, "#define LEX_C_END_COMMENT %d\n#define LEX_C_END_RAW %d\n#define LEX_SINK_DEPTH 3u\n", C_END_COMMENT,
            C_END_RAW);
    fprintf(g, "#define LEX_OFF_CLASS %u\n#define LEX_OFF_TRANS %u\n#define LEX_OFF_FN %u\n#define LEX_OFF_ACCEPT %u\n",
            off_class, off_trans, off_fn, off_accept);
    fprintf(g, "#define LEX_C_OTHER %d\n#define LEX_C_DIGIT %d\n", C_OTHER, C_DIGIT);
    const char *lx[] = {"TRIVIA", "IDENT", "NUMBER", "STRING", "CHAR", "LIFETIME", "PUNCT", "ERR_CHAR",
                        "ERR_UNTERMINATED_STRING", "ERR_UNTERMINATED_COMMENT", "ERR_UNTERMINATED_CHAR",
                        "LINE_COMMENT", "ERR_UNTERMINATED_RAW", "ERR_RAW_PREFIX"};
    for (unsigned i = 0; i < sizeof lx / sizeof lx[0]; i++)
        fprintf(g, "#define LX_%s %u\n", lx[i], i);
    int nkw = (int)(sizeof keywords / sizeof keywords[0]);
    int np = (int)(sizeof puncts / sizeof puncts[0]);
    int8_t kw_slots[128], p_slots[128];
    uint32_t km = find_multiplier(keywords, nkw, kw_slots);
    uint32_t pm = find_multiplier(puncts, np, p_slots);
    /* Keyword and operator tables live in the table buffer: dynamically
     * indexed constant arrays are slow on some drivers (lavapipe). Each
     * slot: entry index + 1 (0: empty); keyword entries are (w0, w1, len). */
    unsigned off_kw_slot = total, off_kw = off_kw_slot + 128, off_p_slot = off_kw + 3 * (unsigned)nkw;
    unsigned off_p = off_p_slot + 128;
    total = off_p + (unsigned)np;
    fprintf(g, "#define KW_COUNT %d\n#define PUNCT_COUNT %d\n#define KW_HASH_MUL %uu\n#define PUNCT_HASH_MUL %uu\n",
            nkw, np, km, pm);
    fprintf(g, "#define LEX_OFF_KW_SLOT %u\n#define LEX_OFF_KW %u\n#define LEX_OFF_PUNCT_SLOT %u\n#define LEX_OFF_PUNCT %u\n",
            off_kw_slot, off_kw, off_p_slot, off_p);
    fprintf(g, "uint lex_slot(uint w0, uint w1, uint len, uint m) { return ((w0 * m) ^ (w1 * 0x9E3779B1u) ^ (len * 0x85EBCA77u)) >> 25; }\n");
    fclose(g);

    fprintf(h, "/* generated by tools/lexgen.c */\n#include <stdint.h>\n#define LEX_TABLE_WORDS %u\n", total);
    fprintf(h, "static const uint32_t lex_table[LEX_TABLE_WORDS] = {\n");
    unsigned col = 0;
#define PUT(v) fprintf(h, "%uu,%s", (unsigned)(v), (++col % 12) ? "" : "\n")
    for (int b = 0; b < 256; b++)
        PUT(class_of(b));
    for (int s = 0; s < NUM_STATES; s++)
        for (int c = 0; c < NUM_CLASSES; c++) {
            int n, b;
            step(s, c, &n, &b);
            PUT((unsigned)n | ((unsigned)b << 8));
        }
    for (int c = 0; c < NUM_CLASSES; c++)
        for (int w = 0; w < 16; w++) {
            uint32_t v = 0;
            for (int k = 0; k < 4; k++) {
                int s = w * 4 + k, n = s, b;
                if (s < NUM_STATES)
                    step(s, c, &n, &b);
                v |= (uint32_t)n << (8 * k);
            }
            PUT(v);
        }
    for (int s = 0; s < NUM_STATES; s++)
        PUT(accept_kind(s));
    for (int i = 0; i < 128; i++)
        PUT(kw_slots[i] + 1);
    for (int i = 0; i < nkw; i++) {
        PUT(pack(keywords[i], 0));
        PUT(pack(keywords[i], 1));
        PUT(strlen(keywords[i]));
    }
    for (int i = 0; i < 128; i++)
        PUT(p_slots[i] + 1);
    for (int i = 0; i < np; i++)
        PUT(pack(puncts[i], 0));
    fprintf(h, "};\n");
    fprintf(h, "static const char *const keyword_text[] = {");
    for (int i = 0; i < nkw; i++)
        fprintf(h, "\"%s\",", keywords[i]);
    fprintf(h, "};\nstatic const char *const punct_text[] = {");
    for (int i = 0; i < np; i++)
        fprintf(h, "\"%s\",", puncts[i]);
    fprintf(h, "};\n#define LEX_KW_FIRST %d\n#define LEX_PUNCT_FIRST %d\n", KW_FIRST, PUNCT_FIRST);
    fprintf(h, "#define LEX_C_END_COMMENT_CLASS %du\n#define LEX_C_END_RAW_CLASS %du\n", C_END_COMMENT, C_END_RAW);
    fclose(h);
    return 0;
}
