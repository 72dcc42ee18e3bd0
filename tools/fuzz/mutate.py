#!/usr/bin/env python3
"""Seeded mutation fuzzer over the test programs (tests/run/*.rs, tests/fail/*.rs).

    mutate.py --seed S --count N --out-dir DIR [--prefix m] [SRC_DIR...]

writes DIR/{prefix}{S}_{i}.rs for i in 0..N and DIR/manifest.txt (one line per
mutant: name, source file, mutations). Mutant i of seed S depends only on
(S, i), this file and the source files.

Mutations, one to three per mutant: byte level (delete a range, duplicate a
range, swap two ranges, insert random bytes, including non-UTF-8 bytes and
NUL, truncate) and token level (replace an operator, an identifier, a literal
or a keyword by another one, delete / duplicate / swap tokens, delete or
duplicate a line).
"""
import argparse
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

TOKEN_RE = re.compile(rb'''
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<str>b?"(?:\\.|[^"\\])*")
  | (?P<num>(?:0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|[0-9][0-9_]*)(?:[iu](?:8|16|32|64|128|size))?)
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op><<=|>>=|\.\.=|\.\.\.|::|->|=>|==|!=|<=|>=|&&|\|\||\+=|-=|\*=|/=|%=|\^=|&=|\|=|<<|>>|\.\.|[-+*/%^!&|=<>@.,;:#$?~(){}\[\]'])
  | (?P<other>.)
''', re.S | re.X)

BINOPS = [b'+', b'-', b'*', b'/', b'%', b'&', b'|', b'^', b'<<', b'>>', b'==', b'!=', b'<',
          b'>', b'<=', b'>=', b'&&', b'||']
ASSIGNS = [b'=', b'+=', b'-=', b'*=', b'/=', b'%=', b'&=', b'|=', b'^=', b'<<=', b'>>=']
PUNCT = [b'(', b')', b'{', b'}', b';', b',', b':', b'::', b'..', b'..=', b'->', b'!', b'.',
         b'[', b']', b'#', b'?', b'\'', b'"']
KEYWORDS = [b'fn', b'let', b'mut', b'if', b'else', b'while', b'loop', b'for', b'in', b'break',
            b'continue', b'return', b'as', b'true', b'false', b'const', b'static', b'match',
            b'struct', b'impl', b'pub', b'use', b'mod', b'self', b'Self', b'super', b'crate',
            b'unsafe', b'ref', b'move', b'where', b'type', b'enum', b'trait', b'dyn']
TYPES = [b'i8', b'i16', b'i32', b'i64', b'isize', b'u8', b'u16', b'u32', b'u64', b'usize',
         b'bool', b'i128', b'u128', b'f32', b'f64', b'char', b'str']
LITS = [b'0', b'1', b'2', b'-1', b'255', b'256', b'127', b'128', b'0x7f', b'0xff_u8', b'1_000',
        b'2147483647', b'2147483648', b'4294967296', b'9223372036854775807',
        b'18446744073709551615', b'18446744073709551616', b'0b', b'0x', b'1e3', b'1.5',
        b'0o8', b'1u7', b'1_i64', b'i32::MAX', b'u8::MIN', b'i64::MIN', b'true', b'false',
        b"'a'", b'"s"', b'()']
JUNK = [b'\x00', b'\xff', b'\xc3', b'\xe2\x80', b'\xf0\x9f\x98\x80', b'\xc3\xa9', b'\r',
        b'\t', b'\x0b', b'\x0c', b'\\', b'"', b"'", b'/*', b'*/', b'//', b'r#"', b'b\'',
        b'\xef\xbb\xbf', b'\xe2\x80\xae', b'\x7f', b'\xed\xa0\x80']


def tokens(src):
    out = []
    for m in TOKEN_RE.finditer(src):
        out.append((m.lastgroup, m.start(), m.end()))
    return out


class Mutator:
    def __init__(self, rng):
        self.r = rng

    def span(self, n, maxlen=40):
        a = self.r.randrange(n + 1)
        b = min(n, a + self.r.randint(1, maxlen))
        return a, b

    # ---------------------------------------------------------------- bytes
    def b_delete(self, s):
        a, b = self.span(len(s))
        return s[:a] + s[b:], 'delete %d..%d' % (a, b)

    def b_duplicate(self, s):
        a, b = self.span(len(s))
        return s[:b] + s[a:b] + s[b:], 'duplicate %d..%d' % (a, b)

    def b_swap(self, s):
        a, b = self.span(len(s), 20)
        c, d = self.span(len(s), 20)
        if c < a:
            a, b, c, d = c, d, a, b
        if c < b:
            return self.b_delete(s)
        return s[:a] + s[c:d] + s[b:c] + s[a:b] + s[d:], 'swap %d..%d %d..%d' % (a, b, c, d)

    def b_insert(self, s):
        a = self.r.randrange(len(s) + 1)
        c = self.r.random()
        if c < 0.5:
            ins = self.r.choice(JUNK)
        else:
            ins = bytes(self.r.randrange(256) for _ in range(self.r.randint(1, 4)))
        return s[:a] + ins + s[a:], 'insert %r at %d' % (ins, a)

    def b_truncate(self, s):
        a = self.r.randrange(len(s) + 1)
        return s[:a], 'truncate at %d' % a

    # ---------------------------------------------------------------- tokens
    def pick(self, toks, kinds):
        c = [t for t in toks if t[0] in kinds]
        return self.r.choice(c) if c else None

    def replace_tok(self, s, t, new):
        return s[:t[1]] + new + s[t[2]:]

    def t_op(self, s, toks):
        t = self.pick(toks, ('op',))
        if t is None:
            return None
        old = s[t[1]:t[2]]
        pool = BINOPS if old in BINOPS else ASSIGNS if old in ASSIGNS else PUNCT + BINOPS
        new = self.r.choice(pool)
        return self.replace_tok(s, t, new), 'op %r -> %r at %d' % (old, new, t[1])

    def t_ident(self, s, toks):
        t = self.pick(toks, ('ident',))
        if t is None:
            return None
        idents = sorted(set(s[a:b] for k, a, b in toks if k == 'ident'))
        c = self.r.random()
        if c < 0.55:
            new = self.r.choice(idents)
        elif c < 0.7:
            new = self.r.choice(TYPES)
        elif c < 0.85:
            new = self.r.choice(KEYWORDS)
        else:
            new = s[t[1]:t[2]] + self.r.choice([b'1', b'_', b'x'])
        return self.replace_tok(s, t, new), 'ident %r -> %r at %d' % (s[t[1]:t[2]], new, t[1])

    def t_lit(self, s, toks):
        t = self.pick(toks, ('num', 'str'))
        if t is None:
            return None
        if toks and s[t[1]:t[1] + 1] == b'"':
            body = s[t[1] + 1:t[2] - 1]
            c = self.r.random()
            if c < 0.3:
                new = b'"' + body + self.r.choice([b'{}', b'{', b'}', b'{x}', b'{:x}', b'{0}',
                                                    b'\\n', b'\\u{41}', b'\\q', b'{{']) + b'"'
            elif c < 0.6 and body:
                a = self.r.randrange(len(body))
                new = b'"' + body[:a] + body[a + 1:] + b'"'
            else:
                new = self.r.choice(LITS)
        else:
            new = self.r.choice(LITS)
        return self.replace_tok(s, t, new), 'literal %r -> %r at %d' % (s[t[1]:t[2]], new, t[1])

    def t_delete(self, s, toks):
        t = self.pick(toks, ('op', 'ident', 'num', 'str'))
        if t is None:
            return None
        return self.replace_tok(s, t, b''), 'delete token %r at %d' % (s[t[1]:t[2]], t[1])

    def t_dup(self, s, toks):
        t = self.pick(toks, ('op', 'ident', 'num', 'str'))
        if t is None:
            return None
        w = s[t[1]:t[2]]
        return s[:t[2]] + b' ' + w + s[t[2]:], 'duplicate token %r at %d' % (w, t[1])

    def t_swap(self, s, toks):
        sig = [t for t in toks if t[0] not in ('ws', 'comment')]
        if len(sig) < 2:
            return None
        i = self.r.randrange(len(sig) - 1)
        j = i + 1 if self.r.random() < 0.6 else self.r.randrange(i + 1, len(sig))
        a, b = sig[i], sig[j]
        new = s[:a[1]] + s[b[1]:b[2]] + s[a[2]:b[1]] + s[a[1]:a[2]] + s[b[2]:]
        return new, 'swap tokens at %d, %d' % (a[1], b[1])

    def l_line(self, s, toks):
        lines = s.split(b'\n')
        i = self.r.randrange(len(lines))
        if self.r.random() < 0.5:
            del lines[i]
            return b'\n'.join(lines), 'delete line %d' % (i + 1)
        j = self.r.randrange(len(lines))
        lines.insert(j, lines[i])
        return b'\n'.join(lines), 'copy line %d to %d' % (i + 1, j + 1)

    def mutate(self, s):
        byte_ops = [self.b_delete, self.b_duplicate, self.b_swap, self.b_insert, self.b_truncate]
        tok_ops = [self.t_op, self.t_op, self.t_ident, self.t_ident, self.t_lit, self.t_lit,
                   self.t_delete, self.t_dup, self.t_swap, self.l_line]
        done = []
        for _ in range(self.r.choice([1, 1, 1, 2, 2, 3])):
            if self.r.random() < 0.3:
                op = self.r.choice(byte_ops if self.r.random() < 0.9 else [self.b_truncate])
                s, what = op(s)
            else:
                op = self.r.choice(tok_ops)
                res = op(s, tokens(s))
                if res is None:
                    s, what = self.b_delete(s)
                else:
                    s, what = res
            done.append(what)
        return s, done


def sources(dirs):
    files = []
    for d in dirs:
        for f in sorted(os.listdir(d)):
            if f.endswith('.rs'):
                files.append(os.path.join(d, f))
    return files


def mutant(seed, i, files):
    rng = random.Random(seed * 1000003 + i)
    src = rng.choice(files)
    with open(src, 'rb') as fh:
        s = fh.read()
    out, what = Mutator(rng).mutate(s)
    if out == s:  # a no-op mutation: force a visible change
        out, w = Mutator(rng).b_insert(s)
        what.append(w)
    return src, out, what


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--count', type=int, default=1)
    ap.add_argument('--out-dir', required=True)
    ap.add_argument('--prefix', default='m')
    ap.add_argument('srcdirs', nargs='*')
    a = ap.parse_args()
    dirs = a.srcdirs or [os.path.join(ROOT, 'tests', 'run'), os.path.join(ROOT, 'tests', 'fail')]
    files = sources(dirs)
    os.makedirs(a.out_dir, exist_ok=True)
    with open(os.path.join(a.out_dir, 'manifest.txt'), 'a') as man:
        for i in range(a.count):
            src, out, what = mutant(a.seed, i, files)
            name = '%s%d_%d.rs' % (a.prefix, a.seed, i)
            with open(os.path.join(a.out_dir, name), 'wb') as fh:
                fh.write(out)
            man.write('%s\t%s\t%s\n' % (name, os.path.relpath(src, ROOT), '; '.join(what)))


if __name__ == '__main__':
    main()
