#version 460
// The checks of rustc's format_args! for every println!/print!, one macro
// per invocation (its string is at most FORMAT_MAX_BYTES): a literal format
// string, well-formed holes, as many positional holes as arguments and every
// argument used, and a formatting trait the argument's type implements.
// Whatever the code generator does not handle (named arguments, `{:e}`,
// widths from arguments, ...) is refused here. Runs after types are final.
// x0: inline `{name}` bindings (compile.fmt_args), 8 per STR node.
#include "common.glsl"
#include "sema.glsl"

void refuse(uint s, uint e) { diag_emit(pc.diags, DIAG_UNSUPPORTED, s, e, 0u); }

// The first E0277 of a macro, reported only if its string is well formed
// (rustc type-checks a format_args! only once it has expanded).
uint g_bound_code, g_bound_s, g_bound_e, g_bound_arg;

void check_trait(FmtHole h, uint ty, uint s, uint e)
{
    uint tr = (h.spec >> FMT_TRAIT_SHIFT) & FMT_TRAIT_MASK;
    bool numeric_only = tr >= FMT_TRAIT_LOWER_HEX;
    uint code = 0u, arg = 0u;
    if (ty == TY_UNKNOWN || is_int_ty(ty))
        return; // unknown: an error was reported elsewhere
    if (ty == TY_BOOL && !numeric_only)
        return;
    if (ty == TY_UNIT && tr == FMT_TRAIT_DISPLAY) {
        code = DIAG_FMT_NOT_DISPLAY;
        arg = ty;
    } else if ((ty == TY_UNIT || ty == TY_BOOL) && numeric_only) {
        code = DIAG_FMT_TRAIT_BOUND;
        arg = (tr << 16) | ty;
    } else {
        refuse(s, e); // `{:?}` of `()`, a diverging argument, ...
        return;
    }
    if (g_bound_code == 0u) {
        g_bound_code = code;
        g_bound_s = s;
        g_bound_e = e;
        g_bound_arg = arg;
    }
}

// format_args! and assert_eq! take references to their operands: rustc's
// KnownPanicsLint then propagates no value of a binding so named, anywhere
// in its fn (sema_const).
void mark_borrowed(uint a)
{
    for (uint n = 0u; n < 64u && kind(a) == AST_PAREN; n++)
        a = a + 1u;
    uint d = kind(a) == AST_NAME ? A(A_DECL, a) : NONE;
    if (d != NONE && kind(d) == AST_BINDING)
        S_set(S_BORROWED, d, 1u);
}

void item(uint m)
{
    if (m >= pc.nn || kind(m) != AST_MACRO || !macro_is_format(m))
        return;
    for (uint c = m + 2u; c < m + size(m); c += size(c))
        if (kind(c) != AST_STR && !(macro_is_assert(m) && c == m + 2u))
            mark_borrowed(c);
    uint fc = macro_fmt_child(m);
    if (fc < m + size(m) && kind(fc) == AST_STR)
        for (uint k = 0u; k < 8u; k++) {
            uint d = pc.x0.v[fc * 8u + k];
            if (d != NONE && d < pc.nn && kind(d) == AST_BINDING)
                S_set(S_BORROWED, d, 1u);
        }
    uint name_tok = tok(m + 1u);
    uint nch = S(S_NCHILD, m);
    uint ops = macro_operands(m);
    if (ops == 2u) { // assert_eq!/assert_ne! print their operands with `{:?}`
        for (uint c = m + 2u, k = 0u; k < 2u && c < m + size(m); k++, c += size(c)) {
            uint t = A(A_TYPE, c);
            if (!is_int_ty(t) && t != TY_BOOL && t != TY_UNKNOWN)
                refuse(span_lo(c), span_hi(c));
        }
    }
    if (ops > 0u) {
        if (nch <= 1u + ops)
            return; // no message
        nch -= ops;
    }
    bool newline = text_is(m + 1u, 7u, 0x6e697270u, 0x6e6c74u, 0u) ||  // println
                   text_is(m + 1u, 8u, 0x69727065u, 0x6e6c746eu, 0u);   // eprintln
    if (nch <= 1u) {
        if (!newline && !macro_is_panic(m)) // println!() prints a newline, panic!() "explicit panic"; print!() needs a string
            diag_emit(pc.diags, DIAG_FMT_NO_ARGS, tstart(name_tok), tend(tok(m)), 0u);
        return;
    }
    uint str = macro_fmt_child(m);
    if (kind(str) != AST_STR) {
        diag_emit(pc.diags, DIAG_FMT_NOT_LITERAL, span_lo(str), span_hi(str), 0u);
        return;
    }
    uint nargs = nch - 2u;
    if (nargs > FMT_MAX_ARGS) {
        refuse(tstart(name_tok), tend(name_tok) + 1u);
        return;
    }
    uint args[FMT_MAX_ARGS];
    uint a = str + size(str);
    for (uint k = 0u; k < nargs; k++) {
        args[k] = a;
        if (kind(a) == AST_ASSIGN) { // `name = value`: named arguments are not handled yet
            refuse(span_lo(a), span_hi(a));
            return;
        }
        a += size(a);
    }
    uint s, e;
    bool raw;
    fmt_string(str, s, e, raw);
    g_bound_code = 0u;
    uint used = 0u, nnext = 0u, named = 0u, first_s = NONE, first_e = 0u;
    bool malformed = false, bad_index = false;
    uint i = s;
    while (i < e && !malformed) {
        bool brace;
        if (fmt_skip_literal(i, e, raw, brace)) {
            if (brace) { // `\x7b`: rustc reads it as a brace of the format string
                refuse(s, e);
                malformed = true;
            }
            continue;
        }
        if (fmt_byte(i) == 125u) {
            diag_emit(pc.diags, DIAG_FMT_UNMATCHED_CLOSE, i, i + 1u, 0u);
            malformed = true;
            break;
        }
        FmtHole h = fmt_hole(i, e, raw);
        if (h.err != FMT_OK) {
            uint code = h.err == FMT_ERR_EXPECTED_CLOSE ? DIAG_FMT_EXPECTED_CLOSE
                      : h.err == FMT_ERR_UNTERMINATED   ? DIAG_FMT_UNTERMINATED
                      : h.err == FMT_ERR_UNKNOWN_TRAIT  ? DIAG_FMT_UNKNOWN_TRAIT
                      : h.err == FMT_ERR_WIDTH_RANGE    ? DIAG_FMT_WIDTH_RANGE
                                                        : DIAG_UNSUPPORTED;
            diag_emit(pc.diags, code, h.err_s, h.err_e, 0u);
            malformed = true;
            break;
        }
        i = h.end;
        if (h.argk == FMT_ARG_NAME) {
            if (named >= 8u) { // sema_nodes records at most 8 inline names per string
                refuse(h.s, h.end);
                malformed = true;
                break;
            }
            uint d = pc.x0.v[str * 8u + named];
            named++;
            if (d != NONE)
                check_trait(h, A(A_TYPE, d), h.ns, h.ne);
            continue;
        }
        uint idx = h.idx;
        if (h.argk == FMT_ARG_NEXT) {
            idx = nnext++;
            if (first_s == NONE) {
                first_s = h.s;
                first_e = h.end;
            }
        }
        if (idx >= nargs) {
            if (h.argk == FMT_ARG_INDEX) {
                diag_emit(pc.diags, DIAG_FMT_BAD_INDEX, h.ns, h.ne, (min(idx, 0xffffu) << 16) | nargs);
                bad_index = true;
            }
            continue;
        }
        used |= 1u << idx;
        check_trait(h, A(A_TYPE, args[idx]), span_lo(args[idx]), span_hi(args[idx]));
    }
    // A malformed string stops rustc before the argument checks; a bad
    // index does not.
    bool bad = malformed || bad_index;
    if (!bad && nnext > nargs) {
        diag_emit(pc.diags, DIAG_FMT_ARG_COUNT, first_s, first_e, (min(nnext, 0xffffu) << 16) | nargs);
        bad = true;
    }
    uint unused = nargs - uint(bitCount(used));
    if (unused > 0u && !malformed && nnext <= nargs) {
        uint first = uint(findLSB(~used));
        diag_emit(pc.diags, DIAG_FMT_UNUSED, span_lo(args[first]), span_hi(args[first]), unused);
        bad = true;
    }
    if (!bad && g_bound_code != 0u)
        diag_emit(pc.diags, g_bound_code, g_bound_s, g_bound_e, g_bound_arg);
}

ELEMENTWISE_MAIN
