// The token refinements of tools/grammar/rust.g (its header states every
// rule; tests/llp/refine.py is the sequential model these functions follow
// one for one). Shared by llp_tt.comp, llp_refine.comp (one round) and
// llp_refine_emit.comp.
//
// A rule may depend on the refined kind of an earlier token (a `}` ends an
// operand if its `{` is a STRUCT_LBRACE, a `>` is skipped by a walk if it is
// a GEN_GT ...). Instead of recursing, a round reads those kinds from the
// previous round's state and recomputes every token; since every rule reads
// only tokens before the one it decides, the rounds reach the sequential
// model's answer (the host repeats them until nothing changes). A state word
// is the token's first terminal, plus what other tokens ask of it:
#define ST_CLOSES_SHIFT 8u   // bits 8-9: generic lists a `>`-family token closes (generic_closes)
#define ST_GENERIC_LT 0x400u // a `<` or `<<` that generic_lt() accepts (whatever its kind)
#define ST_OUTER_SHIFT 12u   // bits 12-31, a GEN_GT's: how far back the `<` it closes last is (outer_open)
#define KIND_DROPPED 0xffu   // a token inside a TT body, or the `!` of `#![`: no terminal
#define WALK 128u            // bound of every walk (lavapipe's per-invocation loop budget)

uint tk(int j) { return j < 0 ? TM_SOI : tok(uint(j)); }
int partner(int j) { return int(tf(TF_PARTNER, uint(j))); }
bool is_open(uint k) { return k == TK_LPAREN || k == TK_LBRACKET || k == TK_LBRACE; }
bool is_close(uint k) { return k == TK_RPAREN || k == TK_RBRACKET || k == TK_RBRACE; }
bool is_literal(uint k) { return (k >= TK_INT && k <= TK_CHAR) || (k >= TK_FLOAT && k <= TK_RAW_C_STRING); }
bool path_word(uint k)
{
    return k == TK_IDENT || k == TK_RAW_IDENT || k == TK_SELF_TYPE || k == TK_SELF_VALUE || k == TK_SUPER ||
           k == TK_CRATE;
}

bool dropped(int j)
{
    return tf(TF_DROP, uint(j)) != 0u || (tk(j) == TK_NOT && tk(j - 1) == TK_POUND && tk(j + 1) == TK_LBRACKET);
}

// The state of token j from the previous round (pc.arg bit 1: the first
// round, which knows only the lexer's kinds; bit 0: read TF_REF_B).
uint st(int j)
{
    if (j < 0)
        return TM_SOI;
    if (uint(j) >= pc.n)
        return TM_EOI;
    if ((pc.arg & 2u) != 0u)
        return dropped(j) ? KIND_DROPPED : tok(uint(j));
    return tf((pc.arg & 1u) != 0u ? TF_REF_B : TF_REF_A, uint(j));
}
uint rk(int j) { return st(j) & 0xffu; }
uint closes_of(int j) { return (st(j) >> ST_CLOSES_SHIFT) & 3u; }
// The `<` that the GEN_GT at q closes last (stored: computing it in every
// walk made the shaders too large for CPU drivers to compile quickly).
int outer_open(int q)
{
    uint back = st(q) >> ST_OUTER_SHIFT;
    return back == 0u ? -1 : q - int(back);
}
bool glt_of(int j) { return (st(j) & ST_GENERIC_LT) != 0u; }

// ---- names the rules look at, packed little-endian into 16 bytes ----
#define NAME_UNION 0u
#define NAME_FN 1u
#define NAME_FNMUT 2u
#define NAME_FNONCE 3u
#define NAME_EXPR_MACROS 4u // from here on: macros whose arguments are expressions (parsed, not a TT)
#define NAME_COUNT 25u
const uvec4 NAME_WORDS[NAME_COUNT] = uvec4[](
    uvec4(0x6f696e75u, 0x0000006eu, 0u, 0u), // union
    uvec4(0x00006e46u, 0u, 0u, 0u),          // Fn
    uvec4(0x754d6e46u, 0x00000074u, 0u, 0u), // FnMut
    uvec4(0x6e4f6e46u, 0x00006563u, 0u, 0u), // FnOnce
    uvec4(0x6e697270u, 0x006e6c74u, 0u, 0u), // println
    uvec4(0x6e697270u, 0x00000074u, 0u, 0u), // print
    uvec4(0x69727065u, 0x6e6c746eu, 0u, 0u), // eprintln
    uvec4(0x69727065u, 0x0000746eu, 0u, 0u), // eprint
    uvec4(0x6d726f66u, 0x00007461u, 0u, 0u), // format
    uvec4(0x6d726f66u, 0x615f7461u, 0x00736772u, 0u), // format_args
    uvec4(0x74697277u, 0x00000065u, 0u, 0u), // write
    uvec4(0x74697277u, 0x006e6c65u, 0u, 0u), // writeln
    uvec4(0x696e6170u, 0x00000063u, 0u, 0u), // panic
    uvec4(0x65737361u, 0x00007472u, 0u, 0u), // assert
    uvec4(0x65737361u, 0x655f7472u, 0x00000071u, 0u), // assert_eq
    uvec4(0x65737361u, 0x6e5f7472u, 0x00000065u, 0u), // assert_ne
    uvec4(0x75626564u, 0x73615f67u, 0x74726573u, 0u), // debug_assert
    uvec4(0x75626564u, 0x73615f67u, 0x74726573u, 0x0071655fu), // debug_assert_eq
    uvec4(0x75626564u, 0x73615f67u, 0x74726573u, 0x00656e5fu), // debug_assert_ne
    uvec4(0x00636576u, 0u, 0u, 0u),          // vec
    uvec4(0x6374616du, 0x00736568u, 0u, 0u), // matches
    uvec4(0x00676264u, 0u, 0u, 0u),          // dbg
    uvec4(0x65726e75u, 0x61686361u, 0x00656c62u, 0u), // unreachable
    uvec4(0x6f646f74u, 0u, 0u, 0u),          // todo
    uvec4(0x6d696e75u, 0x6d656c70u, 0x65746e65u, 0x00000064u)); // unimplemented

// Which of NAME_WORDS the identifier token j spells, or NAME_COUNT.
uint name_spelled(int j)
{
    if (tk(j) != TK_IDENT)
        return NAME_COUNT;
    uint s = pc.tok_start.v[j], len = pc.tok_end.v[j] - s;
    if (len > 15u)
        return NAME_COUNT;
    uvec4 w = uvec4(0u);
    for (uint b = 0u; b < len; b++)
        w[b >> 2] |= load_byte(pc.src, s + b) << ((b & 3u) * 8u);
    for (uint x = 0u; x < NAME_COUNT; x++)
        if (NAME_WORDS[x] == w)
            return x;
    return NAME_COUNT;
}

#ifdef LLP_NAMES_FROM_TEXT
uint name_of(int j) { return name_spelled(j); }
#else
uint name_of(int j) { return j < 0 ? NAME_COUNT : tf(TF_NAME, 2u * pc.n + uint(j)); } // llp_tt stored it
#endif

// ---- macro and attribute bodies ----
bool attr_open(int o)
{
    return tk(o) == TK_LBRACKET && (tk(o - 1) == TK_POUND || (tk(o - 1) == TK_NOT && tk(o - 2) == TK_POUND));
}
bool macro_bang(int j)
{
    if (tk(j) != TK_NOT || (tk(j - 1) != TK_IDENT && tk(j - 1) != TK_RAW_IDENT))
        return false;
    uint n = tk(j + 1);
    return is_open(n) || n == TK_IDENT || n == TK_RAW_IDENT;
}
// Is the opener at i a TT: an attribute's `[`, or a macro body that is not
// one of the expression macros (`name! (`, `macro_rules! name {`, `macro name (`)?
bool tt_open(int i)
{
    if (!is_open(tk(i)))
        return false;
    if (attr_open(i))
        return true;
    uint p = tk(i - 1);
    if ((p == TK_IDENT || p == TK_RAW_IDENT) && macro_bang(i - 2))
        return true;
    if (p == TK_IDENT && tk(i - 2) == TK_MACRO)
        return true;
    if (!macro_bang(i - 1))
        return false;
    uint nm = name_of(i - 2);
    return nm < NAME_EXPR_MACROS || nm == NAME_COUNT;
}

// ---- operand ends ----
// Kinds after which a block-like operand is one (binary and prefix
// operators, `=` and op=, `..`, a list's `(` `[` `,`, and a head keyword
// whose condition or scrutinee it starts: `if {..} || c {`).
bool block_operator(uint k)
{
    return k == TK_IF || k == TK_WHILE || k == TK_MATCH || k == TK_IN || (k >= TK_PLUS && k <= TK_LE) || k == TK_DOTDOT || k == TK_DOTDOTEQ || k == TM_DEREF || k == TM_BORROW ||
           k == TM_BORROW2 || k == TM_UNARY_MINUS || k == TK_LPAREN || k == TK_LBRACKET || k == TK_COMMA;
}
// Is the `{` at o a block operand of an operator or an element of a
// parenthesised or bracketed list (`a + {b} * c`, `x = {..} - 1`, `f({..} - 1)`,
// after at most one of `unsafe` `async` `const` `move`, or `async move`)? An
// expression goes on after its `}` (a block statement would end there).
bool operator_block(int o)
{
    if (o < 0 || rk(o) != TK_LBRACE)
        return false;
    int p = o - 1;
    if (p >= 0 && (tk(p) == TK_UNSAFE || tk(p) == TK_ASYNC || tk(p) == TK_CONST || tk(p) == TK_MOVE))
        p--;
    if (p >= 1 && tk(p) == TK_MOVE && tk(p - 1) == TK_ASYNC)
        p--;
    return p >= 0 && block_operator(rk(p));
}
int walk_next(inout int at, out bool group); // ---- walks ----
bool head_or_operator(uint k);

// Block-like expressions by their last `}`: the keyword kw (`if` or
// `match`) whose condition or scrutinee ends right before the `{` at o,
// walking left at its level; -1 at a {} group or a list's boundary first, or
// for a scrutinee at a token that would end one (past its prefix operators:
// `match &a {`).
int head_of_block(int o, uint kw)
{
    int at = o - 1;
    bool g;
    for (uint s = 0u; s < WALK; s++) {
        int x = walk_next(at, g);
        if (x < 0)
            return -1;
        uint w = tk(x), r = rk(x);
        if (g && w != TK_LBRACE)
            continue;
        if (!g && w == kw)
            return x;
        if (g || is_open(w) || w == TK_SEMI || w == TK_FATARROW || w == TK_COMMA)
            return -1;
        bool prefix = r == TM_BORROW || r == TM_BORROW2 || r == TM_DEREF || r == TM_UNARY_MINUS || w == TK_NOT;
        if (kw == TK_MATCH && !prefix &&
            (w == TK_LET || w == TK_IF || w == TK_WHILE || w == TK_FOR || w == TK_IN || w == TK_LOOP ||
             head_or_operator(w)))
            return -1;
    }
    return -1;
}
// The `if` that starts the if-else chain whose `else {..}` (or `else if c
// {..}`) block opens at o; -1 if none, or beyond the walk.
int chain_if(int o)
{
    for (uint s = 0u; s < WALK && o >= 2 && tk(o - 1) == TK_ELSE; s++) {
        if (tk(o - 2) != TK_RBRACE)
            return -1;
        int f = head_of_block(partner(o - 2), TK_IF);
        if (f < 1 || tk(f - 1) != TK_ELSE)
            return f;
        o = f; // `else if`: on to the block before that `else`
    }
    return -1;
}
int match_of_body(int o) { return head_of_block(o, TK_MATCH); }
// Does a block-like expression (if-else chain, match) whose first token is
// at s stand as an operand of an operator or in a list, so that the
// expression goes on after its `}` (`x = if c {1} else {2} | f`, `(match e
// {..} * 2)`)? At a statement's start it would end there.
bool operand_position(int s) { return s >= 1 && block_operator(rk(s - 1)); }

bool operand_end(int i)
{
    if (i < 0)
        return false;
    uint k = tk(i);
    if (k == TK_IDENT || k == TK_RAW_IDENT || k == TK_RPAREN || k == TK_QUESTION || k == TK_SELF_VALUE ||
        k == TK_SELF_TYPE || k == TK_SUPER || k == TK_CRATE || k == TK_TRUE || k == TK_FALSE || k == TK_AWAIT ||
        k == TK_UNDERSCORE || is_literal(k))
        return true;
    if (k == TK_RBRACKET)
        return !attr_open(partner(i));
    if (k == TK_RBRACE) {
        int o = partner(i);
        if (rk(o) == TM_STRUCT_LBRACE || operator_block(o))
            return true;
        return tk(o - 1) == TK_ELSE ? operand_position(chain_if(o)) : operand_position(match_of_body(o));
    }
    return false;
}
// For `|` and `||`: a `>` closing generics ends an operand too (`|x: Vec<u8>|`).
bool operand_end_bar(int i)
{
    if ((tk(i) == TK_GT || tk(i) == TK_SHR) && closes_of(i) > 0u)
        return true;
    return operand_end(i);
}

// Kinds after which a `{` block is an operand, not a statement.
bool head_or_operator(uint k)
{
    return k == TK_IF || k == TK_WHILE || k == TK_MATCH || k == TK_IN || k == TK_RETURN || k == TK_BREAK ||
           k == TM_RETURN_OP || k == TM_BREAK_OP || (k >= TK_PLUS && k <= TK_LE) || k == TK_DOTDOT || k == TK_DOTDOTEQ ||
           k == TM_DEREF || k == TM_BORROW || k == TM_BORROW2 || k == TM_UNARY_MINUS;
}

// ---- walks ----
// Walking left from i at the same level, an unmatched `<` that no `>`
// closes, before a token that ends a type; -1 if none.
int open_angle_left(int i)
{
    uint angles = 0u;
    for (uint s = 0u; s < WALK; s++) {
        if (i <= 0)
            break;
        i--;
        uint k = tk(i);
        if (k == TK_RBRACE) { // a const argument `<{ N }>`, `<A, { N }>`
            int o = partner(i);
            if (o > 0 && (tk(o - 1) == TK_LT || tk(o - 1) == TK_COMMA)) {
                i = o;
                continue;
            }
            return -1;
        }
        if (k == TK_RPAREN || k == TK_RBRACKET) {
            i = partner(i);
            continue;
        }
        if (k == TK_LPAREN || k == TK_LBRACKET || k == TK_SEMI || k == TK_LBRACE || k == TK_LET || k == TK_IF ||
            k == TK_WHILE || k == TK_MATCH || k == TK_RETURN || k == TK_FATARROW ||
            (k == TK_ANDAND && rk(i) != TM_BORROW2) ||
            k == TK_OROR || k == TK_IN)
            return -1;
        if (k == TK_GT)
            angles++;
        else if (k == TK_SHR)
            angles += 2u;
        else if (k == TK_LT) {
            if (angles == 0u)
                return i;
            angles--;
        } else if (k == TK_SHL && rk(i) == TM_GEN_LT) {
            if (angles <= 1u)
                return i;
            angles -= 2u;
        }
    }
    return -1;
}

// The walk of rust.g's header, one step: returns the next token left of
// `at` at the same level (over ()/[]/{} groups, whose opener it returns
// with `group` set, and over generic lists `<..>`), stopping after an
// unmatched opener; -1 when it ends.
int walk_next(inout int at, out bool group)
{
    group = false;
    for (uint s = 0u; s < 16u; s++) {
        int j = at;
        if (j < 0)
            return -1;
        uint k = tk(j);
        if ((k == TK_GT || k == TK_SHR) && rk(j) == TM_GEN_GT) {
            int o = outer_open(j);
            if (o >= 0) {
                at = o - 1;
                continue;
            }
        }
        if (is_close(k)) {
            int o = partner(j);
            group = true;
            at = o - 1;
            return o;
        }
        at = is_open(k) ? -1 : j - 1;
        return j;
    }
    at = -1;
    return -1;
}

// The first unmatched opener walking left from i, or -1 (llp_delim_match
// found it, however far).
int enclosing_open(int i)
{
    uint e = tf(TF_ENCLOSE, pc.n + uint(i));
    return e == LLP_NONE ? -1 : int(e);
}

// ---- generics ----
bool generic_lt_simple(int o)
{
    if (o == 0)
        return true;
    uint p = tk(o - 1);
    return p == TK_PATHSEP || path_word(p) || p == TK_IMPL || p == TK_FOR || !operand_end(o - 1);
}

// Is the `(` at o the field list of `struct S(..)` or `struct S<..>(..)`?
bool tuple_struct_fields(int o)
{
    int q = o - 1;
    if (rk(q) == TM_GEN_GT) {
        int a = outer_open(q);
        if (a < 0)
            return false;
        q = a - 1;
    }
    return q >= 1 && tk(q) == TK_IDENT && tk(q - 1) == TK_STRUCT;
}

// Is the `(` or `[` at o a type's for a reason of its own (fn pointer,
// tuple struct, Fn sugar, enum variant fields)? type_position() adds the
// enclosing type's.
bool paren_type_own(int o)
{
    int p = o - 1;
    if (tk(p) == TK_FN || tuple_struct_fields(o))
        return true;
    uint nm = name_of(p);
    if (nm == NAME_FN || nm == NAME_FNMUT || nm == NAME_FNONCE)
        return true;
    if (tk(p) == TK_IDENT && p > 0 && (tk(p - 1) == TK_LBRACE || tk(p - 1) == TK_COMMA ||
                                       tk(p - 1) == TK_DOC_OUTER || rk(p - 1) == TM_ATTR_CLOSE)) {
        int e = enclosing_open(p);
        if (e >= 0 && rk(e) == TM_ITEM_LBRACE) {
            int at = e - 1;
            bool g;
            for (uint s = 0u; s < WALK; s++) {
                int x = walk_next(at, g);
                if (x < 0)
                    break;
                uint w = tk(x);
                if (g || is_open(w) || w == TK_STRUCT || w == TK_FN || w == TK_IMPL || w == TK_TRAIT ||
                    w == TK_MOD || w == TK_SEMI)
                    break;
                if (w == TK_ENUM)
                    return true;
            }
        }
    }
    return false;
}

bool type_alias_eq(int p) // `type A =` or `trait A =` at the `=` p
{
    return tk(p) == TK_EQ && p >= 2 && tk(p - 1) == TK_IDENT && (tk(p - 2) == TK_TYPE || tk(p - 2) == TK_TRAIT);
}

// Does a type start at token j, judged by what precedes it?
bool type_position(int j)
{
    for (uint depth = 0u; depth <= 8u; depth++) {
        if (j <= 0)
            return false;
        int p = j - 1;
        uint k = tk(p);
        if (k == TK_RARROW || k == TK_COLON || k == TK_AS || k == TK_DYN || k == TK_IMPL || rk(p) == TM_GEN_LT)
            return true;
        if (k == TK_FOR)
            return operand_end(p - 1) || rk(p - 1) == TM_GEN_GT; // `impl A for B`
        if (k == TK_AND || k == TK_ANDAND || k == TK_STAR || k == TK_MUT || k == TK_CONST || k == TK_LIFETIME ||
            k == TK_PUB) {
            j = p;
            continue;
        }
        if (k == TK_RPAREN && tk(partner(p) - 1) == TK_PUB) {
            j = partner(p) - 1;
            continue;
        }
        if (rk(p) == TM_ATTR_CLOSE) {
            j = partner(p) - 1;
            continue;
        }
        if (type_alias_eq(p))
            return true;
        if (k == TK_EQ && p >= 2 && rk(p - 1) == TM_GEN_GT) {
            int q = outer_open(p - 1);
            if (q >= 2 && tk(q - 1) == TK_IDENT && (tk(q - 2) == TK_TYPE || tk(q - 2) == TK_TRAIT))
                return true;
        }
        if (k == TK_WHERE || k == TK_COMMA) { // a where predicate's bounded type
            int at = j - 1;
            bool g;
            for (uint s = 0u; s < WALK; s++) {
                int x = walk_next(at, g);
                if (x < 0 || g || is_open(tk(x)) || tk(x) == TK_SEMI)
                    break;
                if (tk(x) == TK_WHERE)
                    return true;
            }
        }
        if (k == TK_COMMA || k == TK_EQ) { // a generic argument: `Item = (A, B)`, `<A, (B, C)>`
            int o = open_angle_left(j);
            if (o >= 0 && glt_of(o))
                return true;
        }
        if (k == TK_LPAREN || k == TK_LBRACKET || k == TK_COMMA || k == TK_SEMI) {
            int o = k == TK_LPAREN || k == TK_LBRACKET ? p : enclosing_open(p);
            if (o < 0 || (tk(o) != TK_LPAREN && tk(o) != TK_LBRACKET))
                return false;
            if (paren_type_own(o))
                return true;
            j = o;
            continue;
        }
        return false;
    }
    return false;
}

// Does the `<` (or `<<`) at i open generic arguments or parameters?
bool generic_lt(int i)
{
    if (i == 0)
        return true;
    uint p = tk(i - 1);
    if (p == TK_PATHSEP || p == TK_IMPL || p == TK_FOR)
        return true;
    if (!operand_end(i - 1))
        return true; // a qualified path `<T as Trait>::f` where an operand is expected
    if (i >= 2 && (p == TK_IDENT || p == TK_RAW_IDENT)) { // `fn r#try<R>`
        uint q = tk(i - 2);
        if (q == TK_FN || q == TK_STRUCT || q == TK_ENUM || q == TK_TRAIT || q == TK_TYPE || name_of(i - 2) == NAME_UNION)
            return true;
    }
    if (!path_word(p))
        return false;
    if (tk(i + 1) == TK_LIFETIME)
        return true; // `Foo<'a>`: never a comparison
    // The token before the path and the prefixes of a type.
    int j = i - 1;
    for (uint s = 0u; s < WALK; s++) {
        if (j <= 0)
            break;
        uint k = tk(j - 1);
        if (k == TK_RPAREN && tk(partner(j - 1) - 1) == TK_PUB) { // `pub(crate) Path<..>`
            j = partner(j - 1) - 1;
            continue;
        }
        uint r = rk(j - 1);
        if (r == TM_GEN_GT && tk(j) == TK_PLUS) { // over a bound's generic arguments: `A<[u8]> + B<..>`
            int o = outer_open(j - 1);
            if (o >= 0) {
                j = o;
                continue;
            }
        }
        if (k == TK_PATHSEP || path_word(k) || k == TK_MUT || k == TK_CONST || k == TK_LIFETIME || k == TK_DYN ||
            k == TK_IMPL || k == TK_PLUS || k == TK_TILDE || k == TK_QUESTION || r == TM_BORROW || r == TM_BORROW2 ||
            r == TM_DEREF || (r == TM_GEN_GT && tk(j) == TK_PLUS)) {
            j--;
            if (k == TK_DYN || k == TK_IMPL)
                return true;
        } else
            break;
    }
    if (j == 0)
        return false;
    uint k = tk(j - 1);
    if (k == TK_COLON || k == TK_RARROW || k == TK_AS || k == TK_WHERE || k == TK_FOR || k == TK_LT)
        return k != TK_LT || generic_lt_simple(j - 1);
    if ((k == TK_GT || k == TK_SHR) && rk(j - 1) == TM_GEN_GT) { // `impl<T> Foo<T>`, `for<'a> Fn<..>`
        int o = outer_open(j - 1);
        if (o > 0 && (tk(o - 1) == TK_IMPL || tk(o - 1) == TK_FOR))
            return true;
    }
    if (type_position(j))
        return true;
    if (k == TK_COMMA || k == TK_EQ) {
        if (k == TK_EQ && type_alias_eq(j - 1))
            return true;
        if (k == TK_EQ && j >= 2 && rk(j - 2) == TM_GEN_GT) {
            int q = open_angle_left(j - 2);
            if (q >= 2 && tk(q - 1) == TK_IDENT && tk(q - 2) == TK_TYPE)
                return true;
        }
        int o = open_angle_left(j - 1);
        return o >= 0 && generic_lt_simple(o);
    }
    return false;
}

// How many generic lists the `>`-family token at i closes (0 to 2), and
// the `<` of the outer one.
uint generic_closes(int i, out int outer)
{
    int o = open_angle_left(i);
    outer = o;
    if (o < 0 || !glt_of(o))
        return 0u;
    uint k = tk(i);
    if (k != TK_SHR && k != TK_SHREQ)
        return 1u;
    int o2 = open_angle_left(o);
    if (o2 >= 0 && glt_of(o2)) {
        outer = o2;
        return 2u;
    }
    return 1u;
}

// Scanning right from the `<` (`<<`) at i at the same level, before a
// separator: a `>` followed by `::` (`as` then a `>`): a qualified path.
bool angle_then_path(int i, bool need_as)
{
    int j = i + 1;
    bool seen_as = false;
    uint angles = 0u; // for `<<`: a `,` in the type's own generic arguments does not stop the scan
    for (uint s = 0u; s < WALK; s++) {
        if (uint(j) >= pc.n)
            return false;
        uint k = tk(j);
        if (is_open(k)) {
            j = partner(j) + 1;
            continue;
        }
        if (k == TK_SEMI || is_close(k) || k == TK_EQ || (k == TK_COMMA && (!need_as || angles == 0u)))
            return false;
        if (!need_as) {
            if ((k == TK_GT || k == TK_SHR) && tk(j + 1) == TK_PATHSEP)
                return true;
        } else if (k == TK_AS)
            seen_as = true;
        else if (k == TK_LT || k == TK_SHL)
            angles += k == TK_LT ? 1u : 2u;
        else if (k == TK_GT || k == TK_SHR) {
            uint w = k == TK_GT ? 1u : 2u;
            if (seen_as && angles < w)
                return true;
            angles = angles > w ? angles - w : 0u;
        }
        j++;
    }
    return false;
}

// ---- braces ----
// Is the {} group opened at j a const generic argument (`<{ N }>`, `<A, { N }>`)?
bool const_arg_brace(int j)
{
    if (tk(j) != TK_LBRACE || rk(j) != TK_LBRACE || j == 0)
        return false;
    if (rk(j - 1) == TM_GEN_LT)
        return true;
    if (tk(j - 1) == TK_COMMA || tk(j - 1) == TK_EQ) {
        int o = open_angle_left(j - 1);
        return o >= 0 && glt_of(o);
    }
    return false;
}

bool item_keyword(uint k)
{
    return k == TK_FN || k == TK_STRUCT || k == TK_ENUM || k == TK_TRAIT || k == TK_IMPL || k == TK_MOD ||
           k == TK_EXTERN;
}

// Does the `{` at i open an item's body?
bool item_brace(int i)
{
    if (i > 0 && (tk(i - 1) == TK_RBRACE || tk(i - 1) == TK_EQ || rk(i - 1) == TM_GEN_LT))
        return false;
    if (i > 0 && tk(i - 1) == TK_COMMA) {
        int o = open_angle_left(i - 1);
        if (o >= 0 && glt_of(o))
            return false; // a const generic argument `<A, { N }>`
    }
    int at = i - 1;
    bool g;
    for (uint s = 0u; s < WALK; s++) {
        int j = walk_next(at, g);
        if (j < 0)
            return false;
        uint k = tk(j);
        if (g) {
            if (k == TK_LBRACE && !const_arg_brace(j))
                return false;
            continue;
        }
        if (is_open(k))
            return false;
        if (item_keyword(k) || k == TK_WHERE)
            return true;
        if (k == TK_IDENT && tk(j + 1) == TK_IDENT && name_of(j) == NAME_UNION)
            return true;
        if (k == TK_EQ) { // `static F: fn() = {..}` is no item, `Iterator<Item = u8> {` may be
            int o = open_angle_left(j);
            if (o < 0 || !glt_of(o))
                return false;
            continue;
        }
        if (k == TK_OR || k == TK_OROR || k == TK_SEMI || k == TK_FATARROW || k == TK_IF || k == TK_WHILE ||
            k == TK_MATCH || k == TK_IN || k == TK_LOOP || k == TK_ELSE || k == TK_MOVE || k == TK_LET ||
            k == TK_RETURN || k == TK_BREAK || k == TK_STATIC)
            return false;
        if (k == TK_UNSAFE || k == TK_ASYNC || k == TK_CONST) {
            if (j != i - 1)
                continue; // qualifiers of an item: `unsafe impl`, `const fn`
            return false;
        }
    }
    return false;
}

// Is the `{` at i the body of a struct expression or pattern `Path { .. }`?
bool struct_brace(int i)
{
    int p = i - 1;
    if (p < 0)
        return false;
    uint pk = tk(p);
    if (!path_word(pk) && !((pk == TK_GT || pk == TK_SHR) && closes_of(p) > 0u))
        return false;
    bool passed_eq = false;
    int at = i - 1;
    bool g;
    for (uint s = 0u; s < WALK; s++) {
        int j = walk_next(at, g);
        if (j < 0)
            return true;
        uint k = tk(j);
        if (g) {
            if (k == TK_LBRACE && rk(j) != TM_STRUCT_LBRACE &&
                !(j > 0 && (tk(j - 1) == TK_UNSAFE || tk(j - 1) == TK_ASYNC || tk(j - 1) == TK_CONST ||
                            tk(j - 1) == TK_MOVE || head_or_operator(rk(j - 1)))))
                return true;
            continue;
        }
        if (is_open(k) || k == TK_SEMI || k == TK_FATARROW || k == TK_RETURN || k == TK_BREAK || k == TK_COMMA)
            return true;
        if (k == TK_LET) {
            if (!passed_eq)
                return true; // a let pattern
            continue;
        }
        if (k == TK_EQ) {
            passed_eq = true;
            continue;
        }
        if ((k == TK_FN || k == TK_RARROW) && passed_eq)
            continue; // a type before the `=`: `let f: fn() -> R = S { .. }`
        if (k == TK_IF || k == TK_WHILE || k == TK_MATCH || k == TK_IN || k == TK_STRUCT || k == TK_ENUM ||
            k == TK_TRAIT || k == TK_IMPL || k == TK_MOD || k == TK_FN || k == TK_WHERE || k == TK_RARROW)
            return false;
    }
    return true;
}

// Does a where clause end at the ITEM_LBRACE or `;` at i?
bool where_end(int i)
{
    int at = i - 1;
    bool g;
    for (uint s = 0u; s < WALK; s++) {
        int j = walk_next(at, g);
        if (j < 0)
            return false;
        uint k = tk(j);
        if (g) {
            if (k == TK_LBRACE && !const_arg_brace(j))
                return false;
            continue;
        }
        if (is_open(k) || k == TK_SEMI || k == TK_FATARROW || item_keyword(k))
            return false;
        if (k == TK_WHERE)
            return true;
    }
    return false;
}

// Does the `|` at i close closure parameters?
bool closure_close(int i)
{
    int at = i - 1;
    bool g;
    for (uint s = 0u; s < WALK; s++) {
        int j = walk_next(at, g);
        if (j < 0)
            return false;
        if (g)
            continue;
        uint k = tk(j);
        if (is_open(k) || k == TK_SEMI)
            return false;
        if (k == TK_OR || k == TK_OROR)
            return rk(j) == TM_CLOSURE_OR;
    }
    return false;
}

// Is i directly inside the argument list of a macro parsed as expressions
// (its opener right after a MACRO_BANG)?
bool macro_list_item(int i)
{
    int e = enclosing_open(i);
    return e >= 1 && rk(e - 1) == TM_MACRO_BANG;
}

bool in_use_group(int i)
{
    int e = enclosing_open(i);
    return e >= 0 && tk(e) == TK_LBRACE && tk(e - 1) == TK_PATHSEP;
}
