// Instruction selection and encoding of one Euler-tour event (see
// src/codegen.c for the code shape): stack-machine code where every
// expression pushes one 8-byte value, normalised to its type.
#include "codegen.glsl"
#include "x86.glsl"
uint fmt_byte(uint i) { return src_byte(i); }
#include "format.glsl"
#include "display_width.glsl"

uint OFF(uint e) {
#if X86_EMIT
    return EF(E_LEN, e);
#else
    return 0u;
#endif
}
uint DEPTH(uint e) {
#if X86_EMIT
    return EF(E_DELTA, e);
#else
    return 0u;
#endif
}

// The node whose first token starts the expression v (rustc's span start).
uint start_node(uint v)
{
    for (;;) {
        uint k = K(v);
        if (k == AST_BINARY || k == AST_CAST || k == AST_ASSIGN || k == AST_COMPOUND || k == AST_CALL ||
            k == AST_MACRO || k == AST_RANGE || k == AST_PATH)
            v = v + 1u;
        else
            return v;
    }
}

// 1-based line and column of node v's first token, as rustc's panic
// locations count columns: in display width (display_width.glsl; the
// support gate refuses a panic site after a code point of unknown width).
uvec2 loc(uint v)
{
#if X86_EMIT
    while (K(PAR(v)) == AST_PAREN) // rustc gives a parenthesised expression the parens' span
        v = PAR(v);
    uint b = tok_start(TOK(start_node(v)));
    uint lo = 0u, hi = pc.nlines; // largest l with line_start[l] <= b
    while (hi - lo > 1u) {
        uint mid = (lo + hi) / 2u;
        if (pc.line_start.v[mid] <= b)
            lo = mid;
        else
            hi = mid;
    }
    uint col = 1u;
    for (uint i = pc.line_start.v[lo]; i < b; i++) {
        uint c = src_byte(i);
        if (c < 0x80u)
            col += c == 9u ? 4u : 1u;
        else if (c >= 0xc0u)
            col += display_width(utf8_decode(c, src_byte(i + 1u), src_byte(i + 2u), src_byte(i + 3u))) & 3u;
    }
    return uvec2(lo + 1u, col);
#else
    return uvec2(0u);
#endif
}

uint64_t int_value(uint t) { return literal_value(tok_start(t), tok_end(t)); }

uint loop_of(uint v)
{
    uint p = PAR(v);
    while (p != NONE && K(p) != AST_WHILE && K(p) != AST_LOOP && K(p) != AST_FOR && K(p) != AST_FN)
        p = PAR(p);
    return p;
}
// Is the break or continue v labeled, and what does it leave: the loop its
// label labels, a labeled block's LABEL (its value is the block's), or the
// nearest loop.
bool labeled_jump(uint v) { return SZ(v) > 1u && K(v + 1u) == AST_LABEL_REF; }
uint jump_target(uint v)
{
    if (!labeled_jump(v))
        return loop_of(v);
    uint l = DECL(v + 1u);
    uint x = l + 1u;
    return K(x) == AST_LOOP || K(x) == AST_WHILE || K(x) == AST_FOR ? x : l;
}

// rax = rax op rcx for operands of type t (comparisons: a 0/1 result).
void arith(uint op, uint t, uvec2 lc)
{
    bool s = ty_signed(t);
    if (op == TK_PLUS || op == TK_MINUS) {
        uint msg = op == TK_PLUS ? PANIC_ADD_OVERFLOW : PANIC_SUB_OVERFLOW;
        b3(0x48u, op == TK_PLUS ? 0x01u : 0x29u, 0xc8u);
        if (narrow(t)) check_fits(t, msg, lc);
        else skip_panic(s ? 0x71u : 0x73u, msg, lc);
    } else if (op == TK_STAR) {
        if (narrow(t) || s) {
            b4(0x48u, 0x0fu, 0xafu, 0xc1u);
            if (narrow(t)) check_fits(t, PANIC_MUL_OVERFLOW, lc);
            else skip_panic(0x71u, PANIC_MUL_OVERFLOW, lc);
        } else {
            b3(0x48u, 0xf7u, 0xe1u);
            skip_panic(0x73u, PANIC_MUL_OVERFLOW, lc);
        }
    } else if (op == TK_SLASH || op == TK_PERCENT) {
        bool div = op == TK_SLASH;
        b3(0x48u, 0x85u, 0xc9u);
        skip_panic(0x75u, div ? PANIC_DIV_ZERO : PANIC_REM_ZERO, lc);
        if (s) {
            b4(0x48u, 0x83u, 0xf9u, 0xffu);
            b2(0x75u, 10u + 3u + 2u + PANIC_LEN);
            mov_rdx_imm64(ty_min(t));
            b3(0x48u, 0x39u, 0xd0u);
            skip_panic(0x75u, div ? PANIC_DIV_OVERFLOW : PANIC_REM_OVERFLOW, lc);
            b2(0x48u, 0x99u);
            b3(0x48u, 0xf7u, 0xf9u);
        } else {
            b2(0x31u, 0xd2u);
            b3(0x48u, 0xf7u, 0xf1u);
        }
        if (!div)
            b3(0x48u, 0x89u, 0xd0u);
    } else if (op == TK_AND) {
        b3(0x48u, 0x21u, 0xc8u);
    } else if (op == TK_OR) {
        b3(0x48u, 0x09u, 0xc8u);
    } else if (op == TK_CARET) {
        b3(0x48u, 0x31u, 0xc8u);
    } else if (op == TK_SHL || op == TK_SHR) {
        b4(0x48u, 0x83u, 0xf9u, ty_bits(t));
        skip_panic(0x72u, op == TK_SHL ? PANIC_SHL_OVERFLOW : PANIC_SHR_OVERFLOW, lc);
        if (op == TK_SHL) {
            b3(0x48u, 0xd3u, 0xe0u);
            norm(t, 0u);
        } else {
            b3(0x48u, 0xd3u, s ? 0xf8u : 0xe8u);
        }
    } else {
        uint cc = CC_E;
        if (op == TK_NE) cc = CC_NE;
        else if (op == TK_LT) cc = s ? CC_L : CC_B;
        else if (op == TK_GT) cc = s ? CC_G : CC_A;
        else if (op == TK_LE) cc = s ? CC_LE : CC_BE;
        else if (op == TK_GE) cc = s ? CC_GE : CC_AE;
        b3(0x48u, 0x39u, 0xc8u);
        b3(0x0fu, 0x90u | cc, 0xc0u);
        b3(0x0fu, 0xb6u, 0xc0u);
    }
}

uint compound_op(uint tk)
{
    if (tk == TK_ANDEQ) return TK_AND;
    if (tk == TK_OREQ) return TK_OR;
    if (tk == TK_SHLEQ) return TK_SHL;
    if (tk == TK_SHREQ) return TK_SHR;
    return tk - (TK_PLUSEQ - TK_PLUS); // += -= *= /= %= ^=
}

// ---- format strings (println!/print!) ----

uint hex_digit(uint c)
{
    if (c >= 0x30u && c <= 0x39u) return c - 0x30u;
    if (c >= 0x61u && c <= 0x66u) return c - 0x61u + 10u;
    if (c >= 0x41u && c <= 0x46u) return c - 0x41u + 10u;
    return 0u;
}

uint g_run, g_run_start;
void flush_run(bool emit)
{
    if (emit && g_run > 0u) {
        b3(0x48u, 0x8du, 0x3du);            // lea rdi,[rip+piece]
        rel32(g_poolbase + g_run_start);
        b1(0xbeu); d32(g_run);              // mov esi,len
        call_rt(SYM_RT_PRINT_STR);
    }
    g_run = 0u;
    g_run_start = g_pool;
}
void lit(uint x, bool emit)
{
    if (emit) {
        pool_byte(x);
        g_run++;
    }
}
void set_stream(uint fd)
{
    b1(0xbfu); d32(fd); // mov edi,fd
    call_rt(SYM_RT_SET_STREAM);
}
void print_value(uint t)
{
    call_rt(t == TY_BOOL ? SYM_RT_PRINT_BOOL : ty_unsigned(t) ? SYM_RT_PRINT_U64 : SYM_RT_PRINT_I64);
}

// Prints the value in rdi, of type t, as hole h asks (sema_format checked
// that t implements h's trait).
void print_hole(FmtHole h, uint t)
{
    if (fmt_plain(h)) {
        print_value(t);
        return;
    }
    b2(0x48u, 0xbeu); // mov rsi,imm64: the spec
    d32(h.spec);
    d32(h.width);
    b1(0xbau);        // mov edx,imm32: the type
    d32(t == TY_BOOL ? FMT_TYPE_BOOL : ty_bits(t) | (ty_unsigned(t) ? 0u : FMT_TYPE_SIGNED));
    call_rt(SYM_RT_PRINT_FMT);
}

// Walks the format string of macro m (parsed as sema_format parsed it);
// with emit, prints it. Returns the number of positional arguments used
// (pushed on the stack).
// assert!: 1 operand before the message, assert_eq!/assert_ne!: 2.
uint assert_operands(uint name)
{
    if (tok_is(name, 0x747265737361ul, 6u))
        return 1u;
    return tok_is16(name, 0x655f747265737361ul, 0x71ul, 9u) || tok_is16(name, 0x6e5f747265737361ul, 0x65ul, 9u) ? 2u : 0u;
}
// Macro m's format string's place: past its name and operands.
uint fmt_child(uint m)
{
    uint c = m + 2u;
    for (uint k = assert_operands(TOK(m + 1u)); k > 0u && c < m + SZ(m); k--)
        c += SZ(c);
    return c;
}

uint fmt_walk(uint m, bool emit, uint nargs, bool newline)
{
    uint str = fmt_child(m);
    bool has_str = str < m + SZ(m) && K(str) == AST_STR;
    uint t = TOK(str);
    uint i = 0u, e = 0u;
    bool raw = has_str && fmt_content(tok_start(t), tok_end(t), i, e);
    uint k = 0u, kn = 0u, nmax = 0u, first_arg = str + SZ(str);
    g_run = 0u;
    g_run_start = g_pool;
    while (i < e) {
        uint c = src_byte(i);
        if (c == 0x5cu && !raw) { // backslash
            uint d = src_byte(i + 1u);
            i += 2u;
            if (d == 0x6eu) lit(10u, emit);
            else if (d == 0x74u) lit(9u, emit);
            else if (d == 0x72u) lit(13u, emit);
            else if (d == 0x30u) lit(0u, emit);
            else if (d == 0x78u) { lit(hex_digit(src_byte(i)) * 16u + hex_digit(src_byte(i + 1u)), emit); i += 2u; }
            else if (d == 0x75u) { // \u{...}
                uint cp = 0u;
                i++;
                while (i < e && src_byte(i) != 0x7du) {
                    if (src_byte(i) != 0x5fu) cp = cp * 16u + hex_digit(src_byte(i));
                    i++;
                }
                i++;
                if (cp < 0x80u) lit(cp, emit);
                else if (cp < 0x800u) { lit(0xc0u | (cp >> 6), emit); lit(0x80u | (cp & 63u), emit); }
                else if (cp < 0x10000u) { lit(0xe0u | (cp >> 12), emit); lit(0x80u | ((cp >> 6) & 63u), emit); lit(0x80u | (cp & 63u), emit); }
                else { lit(0xf0u | (cp >> 18), emit); lit(0x80u | ((cp >> 12) & 63u), emit); lit(0x80u | ((cp >> 6) & 63u), emit); lit(0x80u | (cp & 63u), emit); }
            } else if (d == 0x0au || d == 0x0du) { // line continuation
                while (i < e && (src_byte(i) == 0x20u || src_byte(i) == 0x0au || src_byte(i) == 0x0du || src_byte(i) == 0x09u))
                    i++;
            } else lit(d, emit); // \\ \" \'
        } else if ((c == 0x7bu || c == 0x7du) && i + 1u < e && src_byte(i + 1u) == c) { // {{ }}
            lit(c, emit);
            i += 2u;
        } else if (c == 0x7bu) { // hole
            FmtHole h = fmt_hole(i, e, raw);
            i = max(h.end, i + 1u);
            flush_run(emit);
            if (h.argk != FMT_ARG_NAME) { // `{}` or `{N}`
                uint idx = h.argk == FMT_ARG_INDEX ? h.idx : k++;
                uint a = first_arg;
                for (uint j = 0u; j < idx && j < FMT_MAX_ARGS; j++)
                    a += SZ(a);
                nmax = max(nmax, idx + 1u);
                if (emit) {
                    b4(0x48u, 0x8bu, 0xbcu, 0x24u); // mov rdi,[rsp+8*(nargs-1-idx)]
                    d32(8u * (nargs - 1u - idx));
                    print_hole(h, TY(a));
                }
            } else {
                if (emit) {
                    uint b = NONE;
#if X86_EMIT
                    if (kn < 8u)
                        b = pc.fmt_args.v[str * 8u + kn];
#endif
                    if (b != NONE && K(b) == AST_CONST_NAME) { // a constant (sema: fits 32 bits)
                        b3(0x48u, 0xc7u, 0xc7u);       // mov rdi,simm32
                        d32(uint(CONST_VALUE(b)));
                    } else {
                        b3(0x48u, 0x8bu, 0xbdu);       // mov rdi,[rbp+slot]
                        d32(b == NONE ? 0u : uint(-8 * int(slot_of(b) + 1u)));
                    }
                    b1(0x90u);
                    // measured as i32 (the binding is known only when encoding): same length
                    print_hole(h, b == NONE ? TY_I32 : TY(b));
                }
                kn++;
            }
        } else {
            lit(c, emit);
            i++;
        }
    }
    if (newline)
        lit(10u, emit);
    flush_run(emit);
    return nmax;
}

// The messages of the panicking macros.
const uint EXPLICIT_PANIC[14] = uint[](101u, 120u, 112u, 108u, 105u, 99u, 105u, 116u, 32u, 112u, 97u, 110u, 105u, 99u); // explicit panic
const uint NOT_YET_IMPLEMENTED[19] = uint[](110u, 111u, 116u, 32u, 121u, 101u, 116u, 32u, 105u, 109u, 112u, 108u, 101u, 109u, 101u, 110u, 116u, 101u, 100u); // not yet implemented
const uint UNREACHABLE_CODE[40] = uint[](105u, 110u, 116u, 101u, 114u, 110u, 97u, 108u, 32u, 101u, 114u, 114u, 111u, 114u, 58u, 32u, 101u, 110u, 116u, 101u, 114u, 101u, 100u, 32u, 117u, 110u, 114u, 101u, 97u, 99u, 104u, 97u, 98u, 108u, 101u, 32u, 99u, 111u, 100u, 101u); // internal error: entered unreachable code

const uint ASSERTION_FAILED[18] = uint[](97u, 115u, 115u, 101u, 114u, 116u, 105u, 111u, 110u, 32u, 102u, 97u, 105u, 108u, 101u, 100u, 58u, 32u); // assertion failed: 
const uint ASSERTION_LEFT[16] = uint[](97u, 115u, 115u, 101u, 114u, 116u, 105u, 111u, 110u, 32u, 96u, 108u, 101u, 102u, 116u, 32u); // assertion `left 
const uint ASSERTION_RIGHT_FAILED[14] = uint[](32u, 114u, 105u, 103u, 104u, 116u, 96u, 32u, 102u, 97u, 105u, 108u, 101u, 100u); //  right` failed
const uint LEFT_LINE[9] = uint[](10u, 32u, 32u, 108u, 101u, 102u, 116u, 58u, 32u); // \n  left: 
const uint RIGHT_LINE[9] = uint[](10u, 32u, 114u, 105u, 103u, 104u, 116u, 58u, 32u); // \n right: 
#define LIT_TEXT(TEXT, emit) for (uint i_ = 0u; i_ < TEXT.length(); i_++) lit(TEXT[i_], emit)

// panic!, unreachable!, todo! (after their arguments, pushed): rustc's
// header, then the message: the format string's text for panic!;
// unreachable!'s and todo!'s own words, and `: ` and the text when there is
// one; panic!() alone says "explicit panic". Then exit 101. False for other
// macros.
bool panic_macro(uint p, uint name)
{
    bool unr = tok_is16(name, 0x6168636165726e75ul, 0x656c62ul, 11u); // unreachable
    bool todo = tok_is(name, 0x6f646f74ul, 4u);
    if (!unr && !todo && !tok_is(name, 0x63696e6170ul, 5u)) // panic
        return false;
    bool msg = SZ(p) > 2u;
    uint nargs = fmt_walk(p, false, 0u, false);
    uvec2 lc = loc(p);
    b1(0xbfu); d32(lc.x); // mov edi,line
    b1(0xbeu); d32(lc.y); // mov esi,col
    call_rt(SYM_RT_PANIC_BEGIN);
    if (unr || todo || !msg) {
        g_run = 0u;
        g_run_start = g_pool;
        if (unr)
            LIT_TEXT(UNREACHABLE_CODE, true);
        else if (todo)
            LIT_TEXT(NOT_YET_IMPLEMENTED, true);
        else
            LIT_TEXT(EXPLICIT_PANIC, true);
        if (msg) {
            lit(0x3au, true); // ": "
            lit(0x20u, true);
        }
        flush_run(true);
    }
    if (msg)
        fmt_walk(p, true, nargs, false);
    call_rt(SYM_RT_PANIC_END);
    add_rsp(8u * nargs);
    push_imm8(0u);
    g_delta = 1 - int(nargs);
    return true;
}

// assert!(c) without a message: c as rustc's stringify! prints it, from
// the tree (sema_gate lets only these kinds through): operators spaced,
// calls `f(a, b)`, paths `a::b`, casts `x as T`, tokens as written.
void lit_tok(uint t)
{
    for (uint i = tok_start(t); i < tok_end(t); i++)
        lit(src_byte(i), true);
}
void stringify(uint v)
{
    for (uint e = ev_enter(v); e < ev_after(v); e++) {
        uint n = EF(E_NODE, e);
        uint k = K(n);
        if (e == ev_enter(n)) {
            if (k == AST_PAREN)
                lit(0x28u, true);
            else if (k == AST_UNIT) {
                lit(0x28u, true);
                lit(0x29u, true);
            } else if (k != AST_BINARY && k != AST_CALL && k != AST_CAST && k != AST_PATH)
                lit_tok(TOK(n)); // a name, literal or type; a unary operator
            continue;
        }
        uint q = PAR(n), qk = K(q);
        bool first = n == q + 1u, last = is_last_child(n, q);
        if (qk == AST_BINARY && first) {
            lit(0x20u, true);
            lit_tok(TOK(q));
            lit(0x20u, true);
        } else if (qk == AST_CAST && first) {
            lit(0x20u, true);
            lit(0x61u, true); // as
            lit(0x73u, true);
            lit(0x20u, true);
        } else if (qk == AST_PATH && first) {
            lit(0x3au, true);
            lit(0x3au, true);
        } else if (qk == AST_PAREN) {
            lit(0x29u, true);
        } else if (qk == AST_CALL) {
            if (first)
                lit(0x28u, true);
            else if (!last) {
                lit(0x2cu, true);
                lit(0x20u, true);
            }
            if (last)
                lit(0x29u, true);
        }
    }
}

// After child c of assert!/assert_eq!/assert_ne! p (ops operands): the test
// after the last operand jumps, when it holds, to the end of p's code,
// which pops the operands (assert_eq!) and pushes p's unit; the failure's
// panic follows the message's arguments (evaluated only then, as rustc's
// expansion does).
void gen_assert(uint c, uint p, uint ops)
{
    uint first = p + 2u, last_op = ops == 1u ? first : first + SZ(first);
    bool eq = ops == 2u && tok_is16(TOK(p + 1u), 0x655f747265737361ul, 0x71ul, 9u);
    uint tail = ops == 1u ? 2u : 6u; // [add rsp,16;] push 0
    if (c == last_op) {
        if (ops == 1u) {
            pop_rax();
            test_rax();
            jcc_to(CC_NE, OFF(ev_after(p)) - tail);
            g_delta = -1;
        } else {
            b4(0x48u, 0x8bu, 0x44u, 0x24u); b1(0x08u); // mov rax,[rsp+8]
            b4(0x48u, 0x3bu, 0x04u, 0x24u);            // cmp rax,[rsp]
            jcc_to(eq ? CC_E : CC_NE, OFF(ev_after(p)) - tail);
        }
    }
    if (!is_last_child(c, p))
        return;
    bool msg = fmt_child(p) < p + SZ(p);
    uint nargs = msg ? fmt_walk(p, false, 0u, false) : 0u;
    uvec2 lc = loc(p);
    b1(0xbfu); d32(lc.x); // mov edi,line
    b1(0xbeu); d32(lc.y); // mov esi,col
    call_rt(SYM_RT_PANIC_BEGIN);
    g_run = 0u;
    g_run_start = g_pool;
    if (ops == 1u) {
        if (!msg) {
            LIT_TEXT(ASSERTION_FAILED, true);
            stringify(first);
        }
    } else {
        LIT_TEXT(ASSERTION_LEFT, true);
        lit(eq ? 0x3du : 0x21u, true); // `==` or `!=`
        lit(0x3du, true);
        LIT_TEXT(ASSERTION_RIGHT_FAILED, true);
        if (msg) {
            lit(0x3au, true); // ": "
            lit(0x20u, true);
        }
    }
    flush_run(true);
    if (msg)
        fmt_walk(p, true, nargs, false);
    if (ops == 2u) {
        g_run = 0u;
        g_run_start = g_pool;
        LIT_TEXT(LEFT_LINE, true);
        flush_run(true);
        b4(0x48u, 0x8bu, 0xbcu, 0x24u); d32(8u * (nargs + 1u)); // mov rdi,[rsp+8(nargs+1)]
        print_value(TY(first));
        LIT_TEXT(RIGHT_LINE, true);
        flush_run(true);
        b4(0x48u, 0x8bu, 0xbcu, 0x24u); d32(8u * nargs);        // mov rdi,[rsp+8 nargs]
        print_value(TY(last_op));
    }
    call_rt(SYM_RT_PANIC_END);
    add_rsp(8u * nargs);
    if (ops == 2u)
        b4(0x48u, 0x83u, 0xc4u, 0x10u); // add rsp,16
    push_imm8(0u);
    g_delta += 1 - int(nargs) - (ops == 2u ? 2 : 0);
}

// ---- events ----

void gen_enter(uint v)
{
    uint k = K(v);
    if (k == AST_FN) {
        b1(0x55u);                      // push rbp
        b3(0x48u, 0x89u, 0xe5u);        // mov rbp,rsp
        uint ns = fn_nslots(v);
        if (ns > 0u) { b3(0x48u, 0x81u, 0xecu); d32(8u * ns); }
#if X86_EMIT
        if (tok_is(TOK(fn_sig(v) + 1u), 0x6e69616dul, 4u))
            pc.counts.v[C_MAIN] = g_base;
#endif
    } else if (k == AST_BINDING) {
        uint p = PAR(v);
        if (K(p) == AST_MUT)
            p = PAR(p);
        if (K(p) == AST_PARAM) {
            uint fn = fn_of(v), i = slot_of(v), np = fn_nparams(fn);
            b3(0x48u, 0x8bu, 0x85u);
            d32(16u + 8u * (np - 1u - i));
            store_slot(i);
        }
    } else if (k == AST_BLOCK) {
        if (SZ(v) == 1u) { push_imm8(0u); g_delta = 1; }
    } else if (k == AST_NAME) {
        uint p = PAR(v);
        if (!(K(p) == AST_ASSIGN && v == p + 1u)) {
            uint d = DECL(v);
            if (d != NONE && K(d) == AST_CONST_NAME) {
                mov_rax_imm64(CONST_VALUE(d));
                push_rax();
            } else
                push_slot(d == NONE ? 0u : slot_of(d));
            g_delta = 1;
        }
    } else if (k == AST_INT) {
        uint p = PAR(v);
        uint64_t x = int_value(TOK(v));
        uint t = TY(v);
        if (K(p) == AST_UNARY && tok_kind(TOK(p)) == TK_MINUS) {
            x = -x;
            t = TY(p);
        }
        mov_rax_imm64(ty_norm(x, t));
        push_rax();
        g_delta = 1;
    } else if (k == AST_BOOL) {
        push_imm8(tok_kind(TOK(v)) == TK_TRUE ? 1u : 0u);
        g_delta = 1;
    } else if (k == AST_UNIT) {
        push_imm8(0u);
        g_delta = 1;
    } else if (k == AST_PATH) {
        uint p = PAR(v);
        if (K(p) == AST_PATH || (K(p) == AST_CALL && v == p + 1u))
            return; // a callee path (std::process::exit)
        uint t = TYRAW(v);
        if (t == TY_UNKNOWN || t == TY_INTEGER)
            t = type_of_tok(TOK(v + 1u));
        if (t == TY_UNKNOWN)
            t = TY_I32;
        bool max = tok_is(TOK(v + 2u), 0x58414dul, 3u);
        mov_rax_imm64(max ? ty_max(t) : ty_min(t));
        push_rax();
        g_delta = 1;
    } else if (k == AST_BREAK || k == AST_CONTINUE || k == AST_RETURN) {
        if (SZ(v) > (labeled_jump(v) ? 2u : 1u))
            return; // its value's, after it
        g_delta = 1;
        if (k == AST_RETURN) {
            b2(0x31u, 0xc0u);           // xor eax,eax
            b2(0xc9u, 0xc3u);           // leave; ret
            return;
        }
        uint l = jump_target(v);
        uint ns = fn_nslots(fn_of(v));
        uint d = DEPTH(ev_enter(l));
        if (k == AST_BREAK) {
            lea_rsp_depth(ns, d);
            push_imm8(0u);
            jmp_to(OFF(ev_after(l)));
        } else if (K(l) == AST_FOR) {
            uint fin = l + 1u, blk = fin + SZ(fin);
            lea_rsp_depth(ns, d + 2u);
            jmp_to(OFF(ev_after(blk)) + 4u);
        } else {
            lea_rsp_depth(ns, d);
            jmp_to(OFF(ev_enter(l + 1u)));
        }
    }
}

void gen_after(uint c, uint p)
{
    uint k = K(p);
    bool first = c == p + 1u;
    if (k == AST_FN) {
        if (K(c) == AST_BLOCK) {
            pop_rax();
            b2(0xc9u, 0xc3u);
            g_delta = -1;
        }
    } else if (k == AST_BLOCK) {
        bool last = is_last_child(c, p);
        uint kc = K(c);
        if (kc == AST_LET || kc == AST_FN || kc == AST_CONST) {
            if (last) { push_imm8(0u); g_delta = 1; }
        } else if (!last || SEMI(c) != 0u) {
            b4(0x48u, 0x83u, 0xc4u, 0x08u);  // add rsp,8
            g_delta = -1;
            if (last) { push_imm8(0u); g_delta = 0; }
        }
    } else if (k == AST_LET_INIT) {
        if (!first) {
            pop_rax();
            store_slot(slot_of(p));
            g_delta = -1;
        }
    } else if (k == AST_UNARY) {
        uint op = tok_kind(TOK(p));
        uint t = TY(p);
        if (op == TK_MINUS && K(c) == AST_INT)
            return;
        pop_rax();
        if (op == TK_MINUS) {
            mov_rdx_imm64(ty_min(t));
            b3(0x48u, 0x39u, 0xd0u);
            skip_panic(0x75u, PANIC_NEG_OVERFLOW, loc(p));
            b3(0x48u, 0xf7u, 0xd8u);
        } else if (t == TY_BOOL) {
            b4(0x48u, 0x83u, 0xf0u, 0x01u);
        } else {
            b3(0x48u, 0xf7u, 0xd0u);
            norm(t, 0u);
        }
        push_rax();
    } else if (k == AST_BINARY) {
        uint op = tok_kind(TOK(p));
        if (op == TK_ANDAND || op == TK_OROR) {
            if (first) {
                b4(0x48u, 0x8bu, 0x04u, 0x24u);  // mov rax,[rsp]
                test_rax();
                uint rhs = p + 1u + SZ(p + 1u);
                jcc_to(op == TK_ANDAND ? CC_E : CC_NE, OFF(ev_after(rhs)));
                b4(0x48u, 0x83u, 0xc4u, 0x08u);
                g_delta = -1;
            }
            return;
        }
        if (first)
            return;
        pop_rcx();
        pop_rax();
        arith(op, TY(p + 1u), loc(p));
        push_rax();
        g_delta = -1;
    } else if (k == AST_CAST) {
        if (first) {
            uint t = type_of_tok(TOK(c + SZ(c)));
            if (t == TY_UNKNOWN)
                t = TY(p);
            pop_rax();
            norm(t, 0u);
            push_rax();
        }
    } else if (k == AST_ASSIGN) {
        if (!first) {
            uint d = DECL(p + 1u);
            pop_rax();
            store_slot(d == NONE ? 0u : slot_of(d));
            push_imm8(0u);
        }
    } else if (k == AST_COMPOUND) {
        if (!first) {
            uint d = DECL(p + 1u);
            pop_rcx();
            pop_rax();
            arith(compound_op(tok_kind(TOK(p))), TY(p + 1u), loc(p));
            store_slot(d == NONE ? 0u : slot_of(d));
            push_imm8(0u);
            g_delta = -1;
        }
    } else if (k == AST_IF) {
        uint cond = p + 1u, thn = cond + SZ(cond), els = thn + SZ(thn);
        bool has_else = els < p + SZ(p);
        if (first) {
            pop_rax();
            test_rax();
            jcc_to(CC_E, has_else ? OFF(ev_enter(els)) : OFF(ev_after(thn)) + 2u);
            g_delta = -1;
        } else if (c == thn) {
            if (has_else) {
                jmp_to(OFF(ev_after(els)));
                g_delta = -1;
            } else {
                b2(0xebu, 0x02u);       // jmp over the else path's unit
                push_imm8(0u);
            }
        }
    } else if (k == AST_WHILE) {
        uint blk = p + 1u + SZ(p + 1u);
        if (first) {
            pop_rax();
            test_rax();
            jcc_to(CC_E, OFF(ev_after(blk)) + 9u);
            g_delta = -1;
        } else {
            b4(0x48u, 0x83u, 0xc4u, 0x08u);
            jmp_to(OFF(ev_enter(p + 1u)));
            push_imm8(0u);
        }
    } else if (k == AST_LOOP) {
        b4(0x48u, 0x83u, 0xc4u, 0x08u);
        jmp_to(OFF(ev_enter(c)));
    } else if (k == AST_FOR) {
        uint fin = p + 1u, blk = fin + SZ(fin);
        uint range = fin + 1u + SZ(fin + 1u);
        uint t = TY(range + 1u);
        if (TYRAW(range + 1u) == TY_UNKNOWN || TYRAW(range + 1u) == TY_INTEGER)
            t = TY(range + 1u + SZ(range + 1u));
        bool s = ty_signed(t);
        bool incl = tok_kind(TOK(range)) == TK_DOTDOTEQ;
        uint exit0 = OFF(ev_after(blk)) + 28u;
        if (first) {
            b4(0x48u, 0x8bu, 0x44u, 0x24u); b1(0x08u);   // mov rax,[rsp+8]
            b4(0x48u, 0x3bu, 0x04u, 0x24u);              // cmp rax,[rsp]
            jcc_to(incl ? (s ? CC_G : CC_A) : (s ? CC_GE : CC_AE), exit0);
            store_slot(slot_of(fin));                    // TOP
        } else {
            uint top = OFF(ev_after(fin)) + 15u;
            b4(0x48u, 0x83u, 0xc4u, 0x08u);              // add rsp,8
            b4(0x48u, 0x8bu, 0x44u, 0x24u); b1(0x08u);   // CONT: mov rax,[rsp+8]
            if (incl) {
                b4(0x48u, 0x3bu, 0x04u, 0x24u);
                b2(0x74u, 13u);                          // je EXIT0
                b3(0x48u, 0xffu, 0xc0u);                 // inc rax
                b4(0x48u, 0x89u, 0x44u, 0x24u); b1(0x08u);
            } else {
                b3(0x48u, 0xffu, 0xc0u);
                b4(0x48u, 0x89u, 0x44u, 0x24u); b1(0x08u);
                b4(0x48u, 0x3bu, 0x04u, 0x24u);
                b2(s ? 0x7du : 0x73u, 5u);               // jge/jae EXIT0
            }
            jmp_to(top);
            b4(0x48u, 0x83u, 0xc4u, 0x10u);              // EXIT0: add rsp,16
            push_imm8(0u);
            g_delta = -2;
        }
    } else if (k == AST_BREAK) {
        if (K(c) == AST_LABEL_REF)
            return;
        uint l = jump_target(p);
        pop_rax();
        lea_rsp_depth(fn_nslots(fn_of(p)), DEPTH(ev_enter(l)));
        push_rax();
        jmp_to(OFF(ev_after(l)));
    } else if (k == AST_RETURN) {
        pop_rax();
        b2(0xc9u, 0xc3u);
    } else if (k == AST_CALL) {
        if (!is_last_child(c, p))
            return;
        if (K(p + 1u) == AST_PATH) { // std::process::exit(code)
            b1(0x5fu);                           // pop rdi
            b4(0x48u, 0x83u, 0xe4u, 0xf0u);      // and rsp,-16
            b1(0xe8u);
            reloc(SYM_RT_EXIT);
            d32(0u);
            push_rax();
            return;
        }
        uint fn = DECL(p + 1u);
        uint np = fn == NONE ? 0u : fn_nparams(fn);
        b1(0xe8u);
        rel32(fn == NONE ? 0u : OFF(ev_enter(fn)));
        add_rsp(8u * np);
        push_rax();
        g_delta = 1 - int(np);
    } else if (k == AST_MACRO) {
        uint name = TOK(p + 1u);
        uint ops = assert_operands(name);
        if (ops > 0u) {
            if (c != p + 1u)
                gen_assert(c, p, ops);
            return;
        }
        if (!is_last_child(c, p))
            return;
        if (panic_macro(p, name))
            return;
        bool eln = tok_is(name, 0x6e6c746e69727065ul, 8u);  // eprintln
        bool err = eln || tok_is(name, 0x746e69727065ul, 6u); // eprint
        bool ln = eln || tok_is(name, 0x6e6c746e697270ul, 7u); // println
        bool pr = err || ln || tok_is(name, 0x746e697270ul, 5u); // print
        if (!pr) {
            push_imm8(0u);
            g_delta = 1;
            return;
        }
        uint nargs = fmt_walk(p, false, 0u, ln);
        if (err)
            set_stream(2u);
        fmt_walk(p, true, nargs, ln);
        if (err)
            set_stream(1u);
        add_rsp(8u * nargs);
        push_imm8(0u);
        g_delta = 1 - int(nargs);
    }
}

void gen_event(uint e)
{
    g_pos = 0u;
    g_nrel = 0u;
    g_pool = 0u;
    g_delta = 0;
    uint v = EF(E_NODE, e);
    bool enter = e == ev_enter(v);
    if (NOCODE(enter ? v : PAR(v)))
        return; // a const item (its uses are its value)
    if (enter)
        gen_enter(v);
    else
        gen_after(v, PAR(v));
}
