#!/usr/bin/env python3
"""Seeded generator of random valid Rust programs in rustg-vk's Tier 0a subset.

    gen.py SEED                      one program on stdout
    gen.py --seed S --count N --out-dir DIR [--prefix P]
                                     DIR/P{S}_{i}.rs for i in 0..N

Program i of seed S is a pure function of (S, i) and this file: the same
arguments always give the same bytes.

What the programs are (Csmith style):
  * fn items with integer/bool parameters and results; a function calls only
    functions generated before it (so the call graph is a DAG), except the
    recursive ones, whose first parameter is a depth counter masked to < 16;
    a static cost estimate keeps the run time and the output small.
  * main keeps a u64 checksum `ck`, mixes values into it and prints it.
  * arithmetic is safe by construction (helper functions that check before
    they operate, or operands masked so that no overflow can happen), except
    for "raw" operations, enabled in some programs, that may panic at run
    time (overflow, division by zero, shift overflow) on purpose. A raw
    operation always has an operand rustc's const propagation cannot see
    through (a parameter, a loop variable, a call result), so rustc's
    deny-by-default `arithmetic_overflow`/`unconditional_panic` lints never
    reject the program.
  * every expression is generated for a known type; where inference would
    have no context (let without annotation, cast operands, print arguments,
    comparison operands, shift amounts, range bounds) the expression is
    "pinned" by a typed leaf so that rustc infers the type intended.
  * print!/println! with `{}`, `{N}` and `{name}` placeholders (at most 8
    names), format specs ([[fill]align][sign][#][0][width][.prec][type];
    no hex/octal/binary on bools; fills include non-ASCII and, in some
    programs, escaped characters) and whitespace forms `{ }` `{:5 }`.
  * `let v: T;` initialised later by a statement of the same block or in
    every branch of an if/else-if/else chain; blocks (if/else branches, loop
    bodies, bare blocks) that end in a shadowing let; immutable constants
    combined by operations rustc evaluates without overflow; `if true` /
    `if false` conditions.
Only Tier 0a constructs are used (see README.md): no tuples, arrays, structs,
floats, char, &str values, named format arguments, `{:e}`, `{:x?}`, widths
from arguments or macros other than print!/println!.
"""
import argparse
import os
import random
import sys

INTS = ['i8', 'i16', 'i32', 'i64', 'isize', 'u8', 'u16', 'u32', 'u64', 'usize']
BITS = {'i8': 8, 'i16': 16, 'i32': 32, 'i64': 64, 'isize': 64,
        'u8': 8, 'u16': 16, 'u32': 32, 'u64': 64, 'usize': 64}


def signed(t):
    return t[0] == 'i'


def tmin(t):
    return -(1 << (BITS[t] - 1)) if signed(t) else 0


def tmax(t):
    return (1 << (BITS[t] - 1)) - 1 if signed(t) else (1 << BITS[t]) - 1


# precedence levels (higher binds tighter)
ATOM, UNARY, CAST = 100, 90, 80
BINPREC = {'*': 70, '/': 70, '%': 70, '+': 60, '-': 60, '<<': 50, '>>': 50,
           '&': 40, '^': 30, '|': 20,
           '==': 15, '!=': 15, '<': 15, '>': 15, '<=': 15, '>=': 15,
           '&&': 10, '||': 5}
CMP = 15
LOW = 0  # if / block expressions: parenthesised as operands

FN_BUDGET = 4000      # estimated steps per function call
MAIN_BUDGET = 60000   # estimated steps for the whole run
FN_OUT = 12           # printed items per function call
MAIN_OUT = 250        # printed items per run

WORDS = ['a', 'b', 'x', 'y', 'sum', 'val', 'ck', 'n', 'res', 'acc', 'lo', 'hi',
         'step', 'it', 'k', 'tmp', 'out', 'r', 'q', 'd', 'z']


class Ex:
    __slots__ = ('text', 'prec', 'ty', 'opaque', 'pinned', 'endcast')

    def __init__(self, text, prec, ty, opaque, pinned, endcast=False):
        self.text = text
        self.prec = prec
        self.ty = ty
        self.opaque = opaque      # rustc's const propagation cannot know it
        self.pinned = pinned      # its type does not depend on context
        self.endcast = endcast    # text ends with `as TYPE` (unparenthesised)


class Var:
    __slots__ = ('name', 'ty', 'mut', 'opaque', 'assignable', 'val', 'item')

    def __init__(self, name, ty, mut, opaque, assignable=True, val=None, item=False):
        self.item = item          # a `const` item (its value may use only other items)
        self.name = name
        self.ty = ty
        self.mut = mut
        self.opaque = opaque
        self.assignable = assignable
        self.val = val            # its value, when an immutable constant


def fits(t, v):
    return tmin(t) <= v <= tmax(t)


def const_op(op, t, a, b):
    """Rust's a OP b in type t, or None where it would overflow / panic."""
    if op == '+':
        v = a + b
    elif op == '-':
        v = a - b
    elif op == '*':
        v = a * b
    elif op in ('/', '%'):
        if b == 0:
            return None
        q = abs(a) // abs(b)
        if (a < 0) != (b < 0):
            q = -q
        v = q if op == '/' else a - b * q
    elif op == '<<':
        if not 0 <= b < BITS[t]:
            return None
        v = a << b
    elif op == '>>':
        if not 0 <= b < BITS[t]:
            return None
        v = a >> b
    elif op == '&':
        v = a & b
    elif op == '|':
        v = a | b
    elif op == '^':
        v = a ^ b
    else:
        raise ValueError(op)
    return v if fits(t, v) else None


# fill characters of format specs: any char but `{` `}`; as they appear
# inside the string literal (escaped ones are rarer, see Gen.esc_fill)
FILLS = ['*', '-', '0', ' ', '#', '_', '.', '=', 'x', '<', '^', '>', '+', ':',
         "'", '1', 'é', 'ß', '→', '😀']
ESC_FILLS = ['\\"', '\\\\', '\\t', '\\n', "\\'", '\\u{e9}', '\\0', '\\x41']


class Fn:
    def __init__(self, name, params, ret, rec=False):
        self.name = name
        self.params = params  # [(name, ty)]
        self.ret = ret        # type or None
        self.cost = 1
        self.out = 0
        self.rec = rec


def paren(e, need, no_endcast=False):
    if e.prec < need or (no_endcast and e.endcast):
        return '(' + e.text + ')'
    return e.text


class Gen:
    def __init__(self, seed, raw_rate=None):
        self.r = random.Random(seed)
        r = self.r
        # per-program knobs, so that programs differ in character
        if raw_rate is None:
            raw_rate = r.choice([0.0, 0.0, 0.03, 0.06, 0.12, 0.25])
        self.raw_rate = raw_rate
        self.lit_bases = r.choice([(70, 10, 10, 10), (40, 30, 15, 15), (90, 4, 3, 3)])
        self.suffix_rate = r.choice([0.1, 0.3, 0.6])
        self.us_rate = r.choice([0.0, 0.1, 0.3])
        self.spec_rate = r.choice([0.0, 0.2, 0.4, 0.7])    # format specs
        self.pos_rate = r.choice([0.0, 0.1, 0.25])          # {0} {1:x}
        self.ws_rate = r.choice([0.0, 0.0, 0.05])           # { } {:5 }
        self.esc_fill = r.choice([0.0, 0.0, 0.0, 0.1])      # {:\"<5}
        self.tail_let = r.choice([0.0, 0.1, 0.25])          # block ends in a let
        self.const_if = r.choice([0.0, 0.1, 0.25])          # if true / if false
        self.const_rate = r.choice([0.0, 0.5, 1.5])         # constant bindings
        self.item_rate = r.choice([0.0, 0.3, 0.6])          # of them, `const` items
        self.label_rate = r.choice([0.0, 0.3, 0.7])         # labeled loops
        self.assert_rate = r.choice([0.0, 0.0, 0.3])        # assert!, assert_eq!
        self.helpers = {}      # name -> source text
        self.fns = []
        self.nvar = 0
        self.lines = []
        self.ind = 1

    # ------------------------------------------------------------ utilities
    def chance(self, p):
        return self.r.random() < p

    def emit(self, s):
        self.lines.append('    ' * self.ind + s)

    def fresh(self, prefix='v'):
        self.nvar += 1
        return '%s%d' % (prefix, self.nvar)

    def rtype(self, bool_w=1):
        r = self.r
        if r.random() < 0.12 * bool_w:
            return 'bool'
        return r.choice(INTS + ['i32', 'i32', 'i64', 'u8', 'u32', 'u64', 'usize'])

    def visible(self):
        seen = set()
        out = []
        for scope in reversed(self.scopes):
            for v in reversed(scope):
                if v.name not in seen:
                    seen.add(v.name)
                    out.append(v)
        return out

    def vars_of(self, ty):
        return [v for v in self.visible() if v.ty == ty]

    def declare(self, v):
        self.scopes[-1].append(v)

    # ------------------------------------------------------------ literals
    def lit_value(self, ty):
        r = self.r
        lo, hi = tmin(ty), tmax(ty)
        c = r.random()
        if c < 0.35:
            v = r.randint(0, 9)
        elif c < 0.55:
            v = r.randint(-20, 100)
        elif c < 0.65:
            v = r.choice([lo, hi, lo + 1, hi - 1, hi // 2, hi // 2 + 1])
        elif c < 0.8:
            b = r.randint(1, BITS[ty])
            v = r.choice([(1 << b) - 1, 1 << (b - 1), -(1 << (b - 1))])
        else:
            v = r.randint(lo, hi)
        return max(lo, min(hi, v))

    def digits(self, v):
        r = self.r
        base = r.choices([10, 16, 8, 2], weights=self.lit_bases)[0]
        if base == 10:
            s, pre = str(v), ''
        elif base == 16:
            s, pre = format(v, 'x'), '0x'
            if self.chance(0.3):
                s = s.upper()
        elif base == 8:
            s, pre = format(v, 'o'), '0o'
        else:
            s, pre = format(v, 'b'), '0b'
        if self.chance(self.us_rate) and len(s) > 1:
            out = []
            for i, ch in enumerate(s):
                out.append(ch)
                if i + 1 < len(s) and self.chance(0.3):
                    out.append('_')
            s = ''.join(out)
        if self.chance(self.us_rate * 0.3):
            s += '_'
        return pre + s

    def lit(self, ty, pin=False, value=None):
        if ty == 'bool':
            return Ex(self.r.choice(['true', 'false']), ATOM, 'bool', False, True)
        v = self.lit_value(ty) if value is None else value
        suffix = pin or self.chance(self.suffix_rate)
        neg = v < 0
        body = self.digits(-v if neg else v)
        if suffix:
            body += ('_' if self.chance(0.15) else '') + ty
        if neg:
            return Ex('-' + body, UNARY, ty, False, suffix)
        return Ex(body, ATOM, ty, False, suffix)

    def small(self, ty, lo, hi, pin=False):
        return self.lit(ty, pin, value=self.r.randint(lo, hi))

    # ------------------------------------------------------------ helpers
    def helper(self, op, t):
        name = '%s_%s' % (op, t)
        if name in self.helpers:
            return name
        M, m = '%s::MAX' % t, '%s::MIN' % t
        if op == 'add':
            cond = ('(b > 0 && a > %s - b) || (b < 0 && a < %s - b)' % (M, m)
                    if signed(t) else 'a > %s - b' % M)
            body = 'if %s {\n        a\n    } else {\n        a + b\n    }' % cond
        elif op == 'sub':
            cond = ('(b < 0 && a > %s + b) || (b > 0 && a < %s + b)' % (M, m)
                    if signed(t) else 'a < b')
            body = 'if %s {\n        a\n    } else {\n        a - b\n    }' % cond
        elif op == 'mul':
            if signed(t):
                body = ('if a > 0 {\n'
                        '        if b > 0 {\n            if a > %s / b {\n                return a;\n            }\n'
                        '        } else if b < %s / a {\n            return a;\n        }\n'
                        '    } else if b > 0 {\n        if a < %s / b {\n            return a;\n        }\n'
                        '    } else if a != 0 && b < %s / a {\n        return a;\n    }\n'
                        '    a * b') % (M, m, m, M)
            else:
                body = 'if b != 0 && a > %s / b {\n        a\n    } else {\n        a * b\n    }' % M
        elif op in ('div', 'rem'):
            o = '/' if op == 'div' else '%'
            cond = ('b == 0 || (a == %s && b == -1)' % m) if signed(t) else 'b == 0'
            body = 'if %s {\n        a\n    } else {\n        a %s b\n    }' % (cond, o)
        elif op == 'neg':
            self.helpers[name] = ('fn %s(a: %s) -> %s {\n    if a == %s {\n        a\n'
                                  '    } else {\n        -a\n    }\n}\n') % (name, t, t, m)
            return name
        else:
            raise ValueError(op)
        self.helpers[name] = 'fn %s(a: %s, b: %s) -> %s {\n    %s\n}\n' % (name, t, t, t, body)
        return name

    # ------------------------------------------------------------ expressions
    def binop(self, op, l, r, ty):
        p = BINPREC[op]
        if p == CMP:
            lt = paren(l, p + 1, no_endcast=op in ('<', '<=', '<<'))
            rt = paren(r, p + 1)
        else:
            lt = paren(l, p, no_endcast=op in ('<<',))
            rt = paren(r, p + 1)
        pinned = True if ty == 'bool' else (l.pinned or (r.pinned and op not in ('<<', '>>')))
        endcast = r.endcast and rt == r.text
        return Ex('%s %s %s' % (lt, op, rt), p, ty, l.opaque or r.opaque, pinned, endcast)

    def unop(self, op, e, ty):
        t = paren(e, UNARY)
        if t.startswith(op) or (op == '-' and t.startswith('-')):
            t = '(' + t + ')'
        return Ex(op + t, UNARY, ty, e.opaque, e.pinned)

    def cast(self, e, ty):
        return Ex('%s as %s' % (paren(e, CAST), ty), CAST, ty, e.opaque, True, True)

    def call(self, name, args, ty):
        return Ex('%s(%s)' % (name, ', '.join(a.text for a in args)), ATOM, ty, True, True)

    def var(self, v):
        return Ex(v.name, ATOM, v.ty, v.opaque, True)

    def mask(self, e, m):
        return self.binop('&', e, self.lit(e.ty, value=m), e.ty)

    def expr(self, ty, d, pin=False):
        """An expression of type ty; pin: its type must not depend on context."""
        if ty == 'i32' and pin != 'strict':
            pin = False  # i32 is what an unconstrained integer defaults to
        if ty == 'bool':
            return self.bexpr(d)
        r = self.r
        vs = self.vars_of(ty)
        if d <= 0:
            if vs and self.chance(0.7):
                return self.var(r.choice(vs))
            if self.chance(0.08):
                return Ex('%s::%s' % (ty, r.choice(['MIN', 'MAX'])), ATOM, ty, False, True)
            return self.lit(ty, pin)
        calls = [f for f in self.callable() if f.ret == ty]
        opts = [('lit', 3), ('var', 6 if vs else 0), ('const', 0.5), ('cast', 2),
                ('boolcast', 0.4), ('safe', 3), ('masked', 2), ('bit', 2),
                ('shift', 1.2), ('divmask', 1), ('not', 0.4),
                ('neg', 0.6 if signed(ty) else 0), ('if', 0.8), ('block', 0.4),
                ('call', 2.5 if calls else 0),
                ('cexpr', 1.5 if any(v.val is not None for v in vs) else 0),
                ('raw', 25 * self.raw_rate)]
        k = r.choices([o for o, _ in opts], weights=[w for _, w in opts])[0]
        if k == 'lit':
            return self.lit(ty, pin)
        if k == 'var':
            return self.var(r.choice(vs))
        if k == 'const':
            return Ex('%s::%s' % (ty, r.choice(['MIN', 'MAX'])), ATOM, ty, False, True)
        if k == 'cast':
            src = r.choice(INTS)
            # rustc takes a cast's target type as a hint for an unsuffixed
            # literal operand: pin it even when it is an i32
            return self.cast(self.expr(src, d - 1, pin='strict'), ty)
        if k == 'boolcast':
            return self.cast(self.bexpr(d - 1), ty)
        if k == 'safe':
            op = r.choice(['add', 'sub', 'mul', 'div', 'rem'] + (['neg'] if signed(ty) else []))
            name = self.helper(op, ty)
            n = 1 if op == 'neg' else 2
            return self.call(name, [self.expr(ty, d - 1) for _ in range(n)], ty)
        if k == 'masked':
            n = BITS[ty]
            op = r.choice(['+', '-', '*'])
            a, b = self.expr(ty, d - 1, pin), self.expr(ty, d - 1)
            if op == '+':
                m = (1 << (n - 2)) - 1 if signed(ty) else (1 << (n - 1)) - 1
                return self.binop('+', self.mask(a, m), self.mask(b, m), ty)
            if op == '*':
                kk = (n - 1) // 2 if signed(ty) else n // 2
                m = (1 << kk) - 1
                return self.binop('*', self.mask(a, m), self.mask(b, m), ty)
            if signed(ty):
                m = (1 << (n - 2)) - 1
                return self.binop('-', self.mask(a, m), self.mask(b, m), ty)
            hb = self.lit(ty, value=1 << (n - 1))
            return self.binop('-', self.binop('|', a, hb, ty),
                              self.mask(b, (1 << (n - 1)) - 1), ty)
        if k == 'bit':
            op = r.choice(['&', '|', '^'])
            return self.binop(op, self.expr(ty, d - 1, pin), self.expr(ty, d - 1), ty)
        if k == 'shift':
            st = r.choice(INTS)
            amt = self.mask(self.expr(st, d - 1, pin=True), min(BITS[ty], 64) - 1)
            return self.binop(r.choice(['<<', '>>']), self.expr(ty, d - 1, pin), amt, ty)
        if k == 'divmask':
            den = self.binop('+', self.mask(self.expr(ty, d - 1), 7), self.lit(ty, value=1), ty)
            return self.binop(r.choice(['/', '%']), self.expr(ty, d - 1, pin), den, ty)
        if k == 'not':
            return self.unop('!', self.expr(ty, d - 1, pin), ty)
        if k == 'neg':
            e = self.expr(ty, d - 1, pin)
            return self.unop('-', self.binop('|', e, self.lit(ty, value=1), ty), ty)
        if k == 'if':
            c = self.bexpr(d - 1)
            a = self.expr(ty, d - 1, pin)
            b = self.expr(ty, d - 1)
            return Ex('if %s { %s } else { %s }' % (paren(c, 1), a.text, b.text), LOW, ty,
                      a.opaque and b.opaque, a.pinned or b.pinned)
        if k == 'block':
            t = self.expr(r.choice(INTS), d - 1, pin=True)
            name = self.fresh('t')
            self.scopes.append([Var(name, t.ty, False, t.opaque)])
            body = self.expr(ty, d - 1, pin=pin)
            self.scopes.pop()
            return Ex('{ let %s = %s; %s }' % (name, t.text, body.text), LOW, ty,
                      body.opaque, body.pinned)
        if k == 'call':
            f = r.choice(calls)
            self.charge_call(f)
            return self.call(f.name, self.call_args(f, d - 1), ty)
        if k == 'raw':
            return self.raw(ty, d, pin)
        if k == 'cexpr':
            v = r.choice([v for v in vs if v.val is not None])
            e = self.const_expr(v)
            if e is not None:
                return e[0]
            return self.var(v)
        raise AssertionError(k)

    def const_expr(self, v, items_only=False):
        """`v OP x` for a constant v (x a literal or another constant of its
        type; for a const item's value, another item) that neither overflows
        nor panics: (Ex, value) or None."""
        r = self.r
        ty = v.ty
        others = [w for w in self.vars_of(ty) if w.val is not None and (w.item or not items_only)]
        for _ in range(8):
            op = r.choice(['+', '-', '*', '/', '%', '<<', '>>', '&', '|', '^', 'neg', 'not'])
            if op in ('neg', 'not'):
                if op == 'neg' and not signed(ty):
                    continue
                val = (-v.val if op == 'neg' else
                       (~v.val if signed(ty) else tmax(ty) - v.val))
                if not fits(ty, val):
                    continue
                return self.unop('-' if op == 'neg' else '!', self.var(v), ty), val
            if op in ('<<', '>>'):
                b = r.randint(0, BITS[ty] - 1)
                be = self.lit(r.choice(INTS), value=b)
            elif others and self.chance(0.4):
                w = r.choice(others)
                b, be = w.val, self.var(w)
            else:
                b = self.lit_value(ty) if self.chance(0.3) else r.randint(-9 if signed(ty) else 0, 9)
                be = self.lit(ty, value=b)
            val = const_op(op, ty, v.val, b)
            if val is None:
                continue
            if self.chance(0.5) or op in ('<<', '>>'):
                return self.binop(op, self.var(v), be, ty), val
            if op in ('-', '/', '%'):  # keep the order: x OP v
                val = const_op(op, ty, b, v.val)
                if val is None:
                    continue
            return self.binop(op, be, self.var(v), ty), val
        return None

    def raw(self, ty, d, pin):
        """An operation that may panic at run time; never one rustc can see."""
        r = self.r
        ops = ['+', '-', '*', '/', '%', '<<', '>>'] + (['neg'] if signed(ty) else [])
        op = r.choice(ops)
        if op == 'neg':
            e = self.expr(ty, d - 1, pin)
            if e.opaque:
                return self.unop('-', e, ty)
            return self.call(self.helper('neg', ty), [e], ty)
        a = self.expr(ty, d - 1, pin)
        if op in ('<<', '>>'):
            st = r.choice(INTS)
            b = self.expr(st, d - 1, pin=True)
            if b.opaque:
                return self.binop(op, a, b, ty)
            return self.binop(op, a, self.mask(b, BITS[ty] - 1), ty)
        b = self.expr(ty, d - 1)
        ok = b.opaque if op in ('/', '%') else (a.opaque or b.opaque)
        if ok:
            return self.binop(op, a, b, ty)
        name = {'+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'rem'}[op]
        return self.call(self.helper(name, ty), [a, b], ty)

    def bexpr(self, d):
        r = self.r
        vs = self.vars_of('bool')
        if d <= 0:
            if vs and self.chance(0.6):
                return self.var(r.choice(vs))
            if self.chance(0.7):
                t = r.choice(INTS)
                return self.binop(r.choice(['<', '>', '<=', '>=', '==', '!=']),
                                  self.expr(t, 0, pin=True), self.expr(t, 0), 'bool')
            return self.lit('bool')
        calls = [f for f in self.callable() if f.ret == 'bool']
        opts = [('lit', 1), ('var', 3 if vs else 0), ('cmp', 6), ('not', 1.5),
                ('and', 2), ('or', 2), ('beq', 0.5), ('bbit', 0.5), ('if', 0.3),
                ('call', 1.5 if calls else 0)]
        k = r.choices([o for o, _ in opts], weights=[w for _, w in opts])[0]
        if k == 'lit':
            return self.lit('bool')
        if k == 'var':
            return self.var(r.choice(vs))
        if k == 'cmp':
            t = r.choice(INTS)
            op = r.choice(['<', '>', '<=', '>=', '==', '!='])
            return self.binop(op, self.expr(t, d - 1, pin=True), self.expr(t, d - 1), 'bool')
        if k == 'not':
            return self.unop('!', self.bexpr(d - 1), 'bool')
        if k in ('and', 'or'):
            return self.binop('&&' if k == 'and' else '||', self.bexpr(d - 1),
                              self.bexpr(d - 1), 'bool')
        if k == 'beq':
            return self.binop(r.choice(['==', '!=']), self.bexpr(d - 1), self.bexpr(d - 1), 'bool')
        if k == 'bbit':
            return self.binop(r.choice(['&', '|', '^']), self.bexpr(d - 1), self.bexpr(d - 1), 'bool')
        if k == 'if':
            c, a, b = self.bexpr(d - 1), self.bexpr(d - 1), self.bexpr(d - 1)
            return Ex('if %s { %s } else { %s }' % (paren(c, 1), a.text, b.text), LOW, 'bool',
                      a.opaque and b.opaque, True)
        f = r.choice(calls)
        self.charge_call(f)
        return self.call(f.name, self.call_args(f, d - 1), 'bool')

    # ------------------------------------------------------------ cost model
    def callable(self):
        left = self.budget - self.cost
        return [f for f in self.fns if f.cost * self.mult <= left
                and self.out + f.out * self.mult <= self.out_budget]

    def call_args(self, f, d):
        args = [self.expr(t, d) for _, t in f.params]
        if f.rec:  # the depth counter: below 16
            args[0] = self.mask(args[0], 15)
        return args

    def charge_call(self, f):
        self.cost += f.cost * self.mult
        self.out += f.out * self.mult

    def charge(self, n=1):
        self.cost += n * self.mult

    # ------------------------------------------------------------ statements
    def block(self, n, d, tail_let=None):
        self.ind += 1
        self.scopes.append([])
        for _ in range(n):
            self.stmt(d)
        if tail_let is None:
            tail_let = self.chance(self.tail_let)
        if tail_let:
            self.s_tail_let()
        self.scopes.pop()
        self.ind -= 1

    def s_tail_let(self):
        """The last statement of a block: a let that shadows a visible name
        (maybe with another type); after the block the outer binding is back."""
        r = self.r
        vs = [v for v in self.visible() if not v.name.startswith('K')]  # a const's name is a pattern
        name = r.choice(vs).name if vs and self.chance(0.85) else self.fresh()
        ty = self.rtype()
        e = self.expr(ty, r.randint(0, 2))
        annotate = self.chance(0.5) or (not e.pinned and ty not in ('i32', 'bool'))
        self.emit('let %s%s%s = %s;' % ('mut ' if self.chance(0.2) else '', name,
                                         ': ' + ty if annotate else '', e.text))
        self.declare(Var(name, ty, False, e.opaque))
        self.last_tail = name

    def stmt(self, d):
        r = self.r
        self.charge()
        muts = [v for v in self.visible() if v.mut and v.assignable]
        in_loop = bool(self.loops)
        can_loop = d > 0 and self.mult < 40 and self.cost < self.budget * 0.7
        opts = [('let', 5), ('assign', 4 if muts else 0), ('print', 2.5 if self.out < self.out_budget else 0),
                ('if', 2 if d > 0 else 0), ('while', 1 if can_loop else 0),
                ('for', 1.5 if can_loop else 0), ('loop', 1 if can_loop else 0),
                ('callstmt', 0.7), ('brk', 1.5 if in_loop else 0),
                ('ret', 0.5 if self.fn.ret is not None or self.fn.name == 'main' else 0),
                ('ck', 3 if self.fn.name == 'main' else 0), ('defer', 0.8),
                ('const', self.const_rate), ('bare', 0.5 if d > 0 else 0),
                ('lblock', 0.4 if d > 0 else 0),
                ('assert', self.assert_rate if self.fn.name == 'main' else 0)]
        k = r.choices([o for o, _ in opts], weights=[w for _, w in opts])[0]
        getattr(self, 's_' + k)(d)

    def s_let(self, d):
        r = self.r
        ty = self.rtype()
        e = self.expr(ty, r.randint(0, 3))
        annotate = self.chance(0.4) or (not e.pinned and ty not in ('i32', 'bool'))
        mut = self.chance(0.4)
        names = [v.name for v in self.visible() if v.assignable and v.name != 'ck']
        name = r.choice(names) if names and self.chance(0.2) else self.fresh()
        self.emit('let %s%s%s = %s;' % ('mut ' if mut else '', name,
                                         ': ' + ty if annotate else '', e.text))
        self.declare(Var(name, ty, mut, e.opaque))

    def s_assign(self, d):
        r = self.r
        v = r.choice([v for v in self.visible() if v.mut and v.assignable])
        ty = v.ty
        if ty == 'bool':
            e = self.bexpr(r.randint(0, 2))
            op = r.choice(['=', '=', '=', '&=', '|=', '^='])
            self.emit('%s %s %s;' % (v.name, op, e.text))
            v.opaque = v.opaque and e.opaque
            return
        c = r.random()
        if c < 0.4:
            e = self.expr(ty, r.randint(0, 3))
            self.emit('%s = %s;' % (v.name, e.text))
        elif c < 0.6:
            e = self.expr(ty, r.randint(0, 2))
            self.emit('%s %s= %s;' % (v.name, r.choice(['&', '|', '^']), e.text))
        elif c < 0.7:
            st = r.choice(INTS)
            amt = self.mask(self.expr(st, r.randint(0, 2), pin=True), BITS[ty] - 1)
            self.emit('%s %s= %s;' % (v.name, r.choice(['<<', '>>']), amt.text))
        elif c < 0.78:
            den = self.binop('+', self.mask(self.expr(ty, 1), 7), self.lit(ty, value=1), ty)
            self.emit('%s %s= %s;' % (v.name, r.choice(['/', '%']), den.text))
        elif c < 1 - min(0.5, 2 * self.raw_rate):
            op = r.choice(['add', 'sub', 'mul'])
            e = self.call(self.helper(op, ty), [self.var(v), self.expr(ty, r.randint(0, 2))], ty)
            self.emit('%s = %s;' % (v.name, e.text))
        else:
            op = r.choice(['+', '-', '*', '/', '%', '<<', '>>'])
            if op in ('<<', '>>'):
                e = self.expr(r.choice(INTS), r.randint(0, 2), pin=True)
            else:
                e = self.expr(ty, r.randint(0, 2))
            if e.opaque:
                self.emit('%s %s= %s;' % (v.name, op, e.text))
            elif op in ('<<', '>>'):
                self.emit('%s %s= %s;' % (v.name, op, self.mask(e, BITS[ty] - 1).text))
            else:
                self.emit('%s = %s;' % (v.name, self.call(self.helper('add', ty),
                                                           [self.var(v), e], ty).text))
        v.opaque = False  # conservatively: it may hold a known value now

    def fmt_text(self):
        r = self.r
        w = r.choice(WORDS)
        c = r.random()
        if c < 0.08:
            w += r.choice(['{{', '}}', '{{}}', ' {{ok}}'])
        elif c < 0.14:
            w += r.choice(['\\t', '\\\\', '\\"', "\\'", ' \u00e9', '\\u{e9}'])
        return w

    def fmt_spec(self, ty):
        """'' or ':SPEC' for an argument of type ty:
        [[fill]align][sign]['#']['0'][width]['.' precision][type]."""
        r = self.r
        if not self.chance(self.spec_rate):
            return ''
        out = ''
        if self.chance(0.35):
            if self.chance(0.6):
                out += (r.choice(ESC_FILLS) if self.chance(self.esc_fill)
                        else r.choice(FILLS))
            out += r.choice('<^>')
        if self.chance(0.15):
            out += '+' if self.chance(0.85) else '-'
        if self.chance(0.15):
            out += '#'
        if self.chance(0.15):
            out += '0'
        if self.chance(0.45) or (out.endswith('0') and self.chance(0.9)):
            out += str(r.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 20]))
        if self.chance(0.12):
            out += '.' + str(r.randint(0, 6))
        if ty == 'bool':
            out += r.choice(['', '', '', '', '?'])
        else:
            out += r.choice(['', '', '', '?', 'x', 'X', 'o', 'b'])
        if out == '' and self.chance(0.5):
            out = r.choice(['?', '#?'] if ty == 'bool' else ['?', '#?', '#x', '#b', '#o', '#X'])
        return ':' + out if out or self.chance(0.1) else ''

    def s_print(self, d):
        r = self.r
        self.charge()
        self.out += self.mult
        if self.chance(0.05):
            self.emit('println!();')
            return
        parts = []
        args = []     # (text, type): the positional arguments
        nimplicit = 0  # `{}`s so far: the next one takes args[nimplicit]
        ninline = 0
        for _ in range(r.randint(0, 5 if self.spec_rate else 4)):
            parts.append(self.fmt_text() + r.choice([' ', ' = ', ': ', ',']))
            vs = self.visible()
            c = r.random()
            if vs and ninline < 8 and c < 0.35:
                v = r.choice(vs)
                ninline += 1
                arg, ty = v.name, v.ty
            elif c < 0.35 + self.pos_rate:
                # `{N}`: an argument already there or a new one
                if not args or self.chance(0.3):
                    ty = self.rtype(bool_w=1.5)
                    args.append((self.expr(ty, r.randint(0, 2), pin=True).text, ty))
                    k = len(args) - 1  # used here, so never unused
                else:
                    k = r.randrange(len(args))
                arg, ty = str(k), args[k][1]
            else:
                if nimplicit == len(args):
                    ty = self.rtype(bool_w=1.5)
                    args.append((self.expr(ty, r.randint(0, 2), pin=True).text, ty))
                arg, ty = '', args[nimplicit][1]
                nimplicit += 1
            sp = self.fmt_spec(ty)
            ws = ' ' if (sp or arg) and self.chance(self.ws_rate) else ''
            if not sp and not arg and self.chance(self.ws_rate):
                ws = ' '  # `{ }`
            parts.append('{%s%s%s}' % (arg, sp, ws))
            parts.append(r.choice([' ', '', ' ', ', ']))
        args = [a for a, _ in args]
        if not parts:
            parts.append(self.fmt_text())
        s = ''.join(parts).rstrip()
        mac = 'println'
        if self.chance(0.15):
            mac = 'print'
            s += r.choice([' ', '\\n', '|'])
        self.emit('%s!("%s"%s);' % (mac, s, ''.join(', ' + a for a in args)))

    def cond(self, d):
        """An if condition: sometimes a constant one."""
        if self.chance(self.const_if):
            return self.r.choice(['true', 'false', 'false', '!true', '!false'])
        return paren(self.bexpr(d), 1)

    def s_if(self, d):
        r = self.r
        self.emit('if %s {' % self.cond(r.randint(0, 2)))
        self.block(r.randint(1, 3), d - 1)
        while self.chance(0.2):
            self.emit('} else if %s {' % self.cond(r.randint(0, 2)))
            self.block(r.randint(1, 2), d - 1)
        if self.chance(0.5):
            self.emit('} else {')
            self.block(r.randint(1, 3), d - 1)
        self.emit('}')

    def counter(self, n):
        ct = self.r.choice(['u8', 'u32', 'i32', 'i64', 'usize', 'u16'])
        name = self.fresh('w')
        self.emit('let mut %s = %s;' % (name, self.lit(ct, pin=True, value=0).text))
        self.declare(Var(name, ct, True, False, assignable=False))
        return name, ct

    def label(self):
        """A label for the loop about to be emitted (a prefix), or ''."""
        if not self.chance(self.label_rate):
            self.next_label = None
            return ''
        self.next_label = "'" + self.fresh('l')
        return self.next_label + ': '

    def loop_body(self, n, d, kind, bty):
        self.loops.append((kind, bty, self.next_label))
        self.next_label = None
        old = self.mult
        self.mult *= n
        self.block(self.r.randint(1, 3), d - 1)
        self.mult = old
        self.loops.pop()

    def trips(self):
        return self.r.choice([1, 2, 3, 3, 4, 5, 6, 8]) if self.mult < 8 else self.r.randint(1, 3)

    def s_while(self, d):
        r = self.r
        n = self.trips()
        name, ct = self.counter(n)
        cond = '%s < %s' % (name, self.lit(ct, value=n).text)
        if self.chance(0.2):
            cond = '%s > %s' % (self.lit(ct, value=n).text, name)
        if self.chance(0.25):
            cond += ' && ' + paren(self.bexpr(1), BINPREC['&&'] + 1)
        self.emit('%swhile %s {' % (self.label(), cond))
        self.lines.append('    ' * (self.ind + 1) + '%s += 1;' % name)
        self.loop_body(n, d, 'while', None)
        self.emit('}')

    def s_for(self, d):
        r = self.r
        ty = r.choice(INTS)
        n = self.trips()
        c = r.random()
        incl = self.chance(0.4)
        rng = '..=' if incl else '..'
        if c < 0.5:
            lo = r.randint(-3, 3) if signed(ty) else r.randint(0, 5)
            hi = lo + n - (1 if incl else 0) if self.chance(0.9) else max(tmin(ty), lo - 1)
            lo_e, hi_e = self.lit(ty, pin=True, value=lo), self.lit(ty, value=hi)
            if self.chance(0.5):
                lo_e, hi_e = self.lit(ty, value=lo), self.lit(ty, pin=True, value=hi)
            bounds = '%s%s%s' % (paren(lo_e, 4), rng, paren(hi_e, 4))
        elif c < 0.75:
            m = (1 << (n.bit_length())) - 1
            lo = self.lit(ty, pin=True, value=0)
            hi = self.mask(self.expr(ty, 1, pin=False), m)
            n = m + 1
            bounds = '%s%s%s' % (lo.text, rng, paren(hi, 4))
        elif c < 0.9:
            k = n - 1 if incl else n
            bounds = '(%s::MAX - %s)%s%s::MAX' % (ty, self.lit(ty, value=k).text, '..=' if incl else '..', ty)
        else:
            if signed(ty):
                bounds = '%s::MIN%s(%s::MIN + %s)' % (ty, rng, ty, self.lit(ty, value=n - 1).text)
            else:
                bounds = '%s::MIN%s%s' % (ty, rng, self.lit(ty, value=n - 1).text)
        name = self.fresh('i')
        self.emit('%sfor %s in %s {' % (self.label(), name, bounds))
        self.scopes.append([Var(name, ty, False, True, assignable=False)])
        self.loop_body(n, d, 'for', None)
        self.scopes.pop()
        self.emit('}')

    def s_loop(self, d):
        r = self.r
        n = self.trips()
        name, ct = self.counter(n)
        valued = self.chance(0.6)
        bty = self.rtype() if valued else None
        lab = self.label()
        if valued:
            res = self.fresh()
            self.emit('let %s: %s = %sloop {' % (res, bty, lab))
        else:
            self.emit('%sloop {' % lab)
        self.ind += 1
        self.emit('%s += 1;' % name)
        brk = 'break %s;' % self.expr(bty, 1).text if valued else 'break;'
        self.emit('if %s >= %s {' % (name, self.lit(ct, value=n).text))
        self.emit('    ' + brk)
        self.emit('}')
        self.ind -= 1
        self.loop_body(n, d, 'loop', bty)
        self.emit('};' if valued else '}')
        if valued:
            self.declare(Var(res, bty, False, False))

    def s_brk(self, d):
        # the innermost loop, or a labeled one around it
        targets = [l for l in self.loops[:-1] if l[2] is not None]
        kind, bty, label = self.loops[-1]
        if targets and self.chance(0.5):
            kind, bty, label = self.r.choice(targets)
        elif not self.chance(0.3):
            label = None
        lab = ' ' + label if label else ''
        c = self.bexpr(1)
        if self.chance(0.5):
            s = 'continue%s;' % lab
        elif bty is not None:
            s = 'break%s %s;' % (lab, self.expr(bty, 1).text)
        else:
            s = 'break%s;' % lab
        self.emit('if %s {' % paren(c, 1))
        self.emit('    ' + s)
        self.emit('}')

    def s_ret(self, d):
        c = self.bexpr(1)
        if self.fn.ret is None:
            s = 'return;'
        else:
            s = 'return %s;' % self.expr(self.fn.ret, 2).text
        self.emit('if %s {' % paren(c, 1))
        self.emit('    ' + s)
        self.emit('}')

    def s_callstmt(self, d):
        fs = self.callable()
        if not fs:
            return self.s_let(d)
        f = self.r.choice(fs)
        self.charge_call(f)
        self.emit('%s;' % self.call(f.name, self.call_args(f, 1), f.ret).text)

    def s_ck(self, d):
        ty = self.rtype()
        e = self.expr(ty, self.r.randint(1, 3), pin='strict')
        self.emit('ck = mix(ck, %s);' % self.cast(e, 'u64').text)

    def s_defer(self, d):
        """`let v: T;` given its value later: by an assignment statement of
        the same block after some other statements, or in every branch of an
        if/else-if/else chain. v is out of the generator's scope (so never
        used) until then; `let mut v` may be assigned again afterwards."""
        r = self.r
        ty = self.rtype()
        name = self.fresh()
        mut = self.chance(0.3)
        decl_at = len(self.lines)
        self.emit('let %s%s;' % ('mut ' if mut else '', name))  # annotated below
        exprs = []
        if self.chance(0.45):
            for _ in range(r.randint(0, 2) if d > 0 else r.randint(0, 1)):
                self.stmt(max(0, d - 1))
            e = self.expr(ty, r.randint(0, 3))
            exprs.append(e)
            self.emit('%s = %s;' % (name, e.text))
        else:
            nb = r.choice([2, 2, 2, 3, 3, 4])
            for i in range(nb):
                if i == 0:
                    self.emit('if %s {' % self.cond(r.randint(0, 2)))
                elif i < nb - 1:
                    self.emit('} else if %s {' % self.cond(r.randint(0, 2)))
                else:
                    self.emit('} else {')
                self.ind += 1
                self.scopes.append([])
                if d > 0:
                    for _ in range(r.choice([0, 0, 1, 2])):
                        self.stmt(d - 1)
                e = self.expr(ty, r.randint(0, 2))
                exprs.append(e)
                self.emit('%s = %s;' % (name, e.text))
                if d > 0:
                    for _ in range(r.choice([0, 0, 0, 1])):
                        self.stmt(d - 1)
                if self.chance(self.tail_let):
                    self.s_tail_let()
                self.scopes.pop()
                self.ind -= 1
            self.emit('}')
        # the type comes from the annotation, or from the assigned values
        # when they say it (i32 / bool / a pinned first value)
        infer = ty in ('i32', 'bool') or exprs[0].pinned
        if not infer or self.chance(0.75):
            self.lines[decl_at] = self.lines[decl_at][:-1] + ': %s;' % ty
        self.declare(Var(name, ty, mut, all(e.opaque for e in exprs)))

    def s_const(self, d):
        """Immutable bindings with values known at compile time, combined by
        operations that rustc can evaluate and that do not overflow."""
        r = self.r
        ty = r.choice(INTS + ['i32', 'i32', 'u8', 'u32', 'i64'])
        val = r.randint(-9, 20) if signed(ty) and self.chance(0.7) else (
            r.randint(0, 20) if self.chance(0.7) else self.lit_value(ty))
        e = self.lit(ty, value=val)
        # `const K: T = ..;` (a name of its own: a `let` of it would be a pattern)
        item = self.chance(self.item_rate)
        name = self.fresh('K' if item else 'c')
        annotate = ty != 'i32' and (not e.pinned or self.chance(0.4))
        static = item and self.chance(0.3)  # a constant cannot refer to it (E0013)
        if item:
            self.emit('%s %s: %s = %s;' % ('static' if static else 'const', name, ty, e.text))
        else:
            self.emit('let %s%s = %s;' % (name, ': ' + ty if annotate else '', e.text))
        self.declare(Var(name, ty, False, False, assignable=not item, val=val, item=item and not static))
        if static:
            return
        for _ in range(r.randint(1, 3)):
            cs = [v for v in self.vars_of(ty) if v.val is not None and (v.item or not item)]
            if not cs:
                break
            got = self.const_expr(r.choice(cs), items_only=item)
            if got is None:
                break
            e, val = got
            name = self.fresh('K' if item else 'c')
            if item:
                self.emit('const %s: %s = %s;' % (name, ty, e.text))
            else:
                self.emit('let %s%s = %s;' % (name, ': ' + ty if self.chance(0.3) else '', e.text))
            self.declare(Var(name, ty, False, False, assignable=not item, val=val, item=item))

    def s_lblock(self, d):
        """A labeled block's value: `break 'b v` on a condition, else its tail."""
        ty = self.rtype()
        label = "'" + self.fresh('b')
        res = self.fresh()
        self.emit('let %s: %s = %s: {' % (res, ty, label))
        self.emit('    if %s {' % paren(self.bexpr(1), 1))
        self.emit('        break %s %s;' % (label, self.expr(ty, 1).text))
        self.emit('    }')
        self.emit('    %s' % self.expr(ty, 1).text)
        self.emit('};')
        self.declare(Var(res, ty, False, True))

    def s_assert(self, d):
        """assert!/assert_eq!/assert_ne!, which may fail (then both panic)."""
        r = self.r
        msg = ''
        if self.chance(0.3):
            ty = self.rtype(bool_w=0)
            msg = ', "check {} failed", %s' % self.expr(ty, 1).text
        c = r.random()
        if c < 0.4:
            e = self.bexpr(1).text
            if len(e) <= 60 and '{' not in e and 'if ' not in e:
                self.emit('assert!(%s%s);' % (e, msg))
                return
        ty = self.rtype()
        a, b = self.expr(ty, 1, pin=True).text, self.expr(ty, 1).text  # a's type pinned
        self.emit('%s!(%s, %s%s);' % ('assert_eq' if c < 0.7 else 'assert_ne', a, b, msg))

    def s_bare(self, d):
        """A bare block ending in a shadowing let; then the outer binding."""
        r = self.r
        vs = [v for v in self.visible()]
        self.emit('{')
        self.block(r.randint(0, 2), d - 1, tail_let=True)
        self.emit('}')
        if vs and self.out < self.out_budget and self.chance(0.5):
            # print what the block's let shadowed (it is the same name)
            v = [w for w in self.visible() if w.name == self.last_tail]
            if v:
                self.charge()
                self.out += self.mult
                self.emit('println!("%s = {%s%s}");' % (v[0].name, v[0].name, self.fmt_spec(v[0].ty)))

    # ------------------------------------------------------------ items
    def function(self, f, nstmts, budget, out_budget):
        self.fn = f
        self.budget = budget
        self.out_budget = out_budget
        self.cost = 0
        self.out = 0
        self.mult = 1
        self.loops = []
        self.next_label = None
        self.lines = []
        self.ind = 1
        self.scopes = [[Var(n, t, False, True) for n, t in f.params]]
        ps = ', '.join('%s: %s' % (n, t) for n, t in f.params)
        head = 'fn %s(%s)%s {' % (f.name, ps, ' -> ' + f.ret if f.ret else '')
        if f.rec:
            dn, dt = f.params[0]
            base = self.expr(f.ret, 2).text
            self.emit('if %s == 0 {' % dn)
            self.emit('    return %s;' % base)
            self.emit('}')
            self.scopes[0] = self.scopes[0][1:]  # keep d out of expressions
        if f.name == 'main':
            self.emit('let mut ck: u64 = 0;')
            self.declare(Var('ck', 'u64', True, False, assignable=False))
        for _ in range(nstmts):
            self.stmt(self.depth)
        if f.rec:
            dn, dt = f.params[0]
            args = ['%s - 1' % dn] + [self.expr(t, 1).text for _, t in f.params[1:]]
            name = self.fresh()
            self.emit('let %s = %s(%s);' % (name, f.name, ', '.join(args)))
            self.declare(Var(name, f.ret, False, True))
        if f.name == 'main':
            self.emit('println!("ck = {}", ck);')
        elif f.ret:
            self.emit(self.expr(f.ret, 3).text)
        f.cost = max(1, self.cost) * (16 if f.rec else 1)
        f.out = self.out * (16 if f.rec else 1)
        return [head] + self.lines + ['}']

    def program(self):
        r = self.r
        self.helpers['mix'] = ('fn mix(h: u64, v: u64) -> u64 {\n'
                               '    ((h << 7) | (h >> 57)) ^ v\n}\n')
        items = []
        self.depth = r.choice([1, 2, 2, 3])
        nfn = r.randint(1, 4)
        for i in range(nfn):
            rec = self.chance(0.2)
            params = [('p%d' % j, self.rtype()) for j in range(r.randint(0 if not rec else 1, 4))]
            if rec:
                params[0] = ('p0', r.choice(['u8', 'u32', 'u64', 'usize', 'i32']))
            ret = self.rtype() if (rec or self.chance(0.8)) else None
            f = Fn('f%d' % i, params, ret, rec)
            body = self.function(f, r.randint(2, 5) if not rec else r.randint(1, 3),
                                 FN_BUDGET // (16 if rec else 1), FN_OUT // (16 if rec else 1) + (0 if rec else 1))
            items.append(body)
            self.fns.append(f)
        main = Fn('main', [], None)
        # main calls each function at least once, with arguments chosen to
        # reach the boundaries
        mb = self.function(main, r.randint(3, 8), MAIN_BUDGET, MAIN_OUT)
        extra = []
        self.lines = []
        self.ind = 1
        for f in self.fns:
            args = []
            for j, (n, t) in enumerate(f.params):
                if f.rec and j == 0:
                    args.append(self.lit(t, value=r.randint(0, 12)).text)
                else:
                    args.append(self.lit(t).text)
            e = self.call(f.name, [Ex(a, ATOM, None, False, False) for a in args], f.ret)
            if f.ret is None:
                extra.append('    %s;' % e.text)
            else:
                extra.append('    ck = mix(ck, %s);' % self.cast(e, 'u64').text)
                extra.append('    println!("%s = {}", ck);' % f.name)
        mb = mb[:-2] + extra + mb[-2:]
        items.append(mb)
        items += [h.rstrip('\n').split('\n') for h in self.helpers.values()]
        r.shuffle(items)
        out = []
        for it in items:
            out += it
            out.append('')
        return '\n'.join(out)


def generate(seed, raw_rate=None, max_lines=150):
    best = None
    for attempt in range(50):
        g = Gen(seed * 7919 + attempt, raw_rate)
        src = g.program()
        if src.count('\n') <= max_lines:
            return src
        if best is None or len(src) < len(best):
            best = src
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('seed_pos', nargs='?', type=int)
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--count', type=int, default=1)
    ap.add_argument('--out-dir')
    ap.add_argument('--prefix', default='g')
    ap.add_argument('--raw-rate', type=float, default=None,
                    help='rate of possibly-panicking operations (default: chosen per program)')
    ap.add_argument('--max-lines', type=int, default=150)
    a = ap.parse_args()
    if a.seed_pos is not None:
        sys.stdout.write(generate(a.seed_pos, a.raw_rate, a.max_lines))
        return
    if not a.out_dir:
        for i in range(a.count):
            sys.stdout.write(generate(a.seed * 100003 + i, a.raw_rate, a.max_lines))
        return
    os.makedirs(a.out_dir, exist_ok=True)
    for i in range(a.count):
        path = os.path.join(a.out_dir, '%s%d_%d.rs' % (a.prefix, a.seed, i))
        with open(path, 'w') as fh:
            fh.write(generate(a.seed * 100003 + i, a.raw_rate, a.max_lines))


if __name__ == '__main__':
    main()
