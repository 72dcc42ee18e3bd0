#!/usr/bin/env python3
"""Rust source to the terminals of tools/grammar/rust.g, for tests/llp/.

A reference model, in sequential Python, of what the GPU does before the LLP
parse: a small lexer (tokens.h's kinds) and the refinements of
src/common/llp_terms.h, applied by the rules written in rust.g's header. It
is a test tool, not part of the compiler: the GPU pass
(shaders/parse/llp_refine.comp) is the implementation; where the two differ,
rust.g's header says which is meant.

usage: refine.py [--whole] FILE.rs...   (or - for stdin)
Each non-empty line of input that does not start with `//=` is one test case
unless lines are joined: a case is a block of lines up to a blank line. For
each case it prints `# ` and the source on one line, then the terminal line,
with names and literals annotated (`IDENT/x`), as llpgen --parse reads it.
With --whole, each file is one case (a crate root's whole token stream).
"""
import re
import sys

KEYWORDS = ["as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
            "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self",
            "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while",
            "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override", "priv",
            "typeof", "unsized", "virtual", "yield", "try", "_"]
PUNCTS = ["+", "-", "*", "/", "%", "^", "!", "&", "|", "&&", "||", "<<", ">>", "+=", "-=", "*=", "/=", "%=",
          "^=", "&=", "|=", "<<=", ">>=", "=", "==", "!=", ">", "<", ">=", "<=", "@", ".", "..", "...", "..=",
          ",", ";", ":", "::", "->", "=>", "#", "$", "?", "~", "(", ")", "[", "]", "{", "}"]
PUNCTS_BY_LEN = sorted(PUNCTS, key=len, reverse=True)
LITERALS = {"INT", "FLOAT", "STRING", "CHAR", "BYTE", "BYTE_STRING", "C_STRING", "RAW_STRING",
            "RAW_BYTE_STRING", "RAW_C_STRING"}
# Macros whose arguments are expressions: their delimiters are kept and the
# arguments parsed; every other macro body is one TT terminal.
EXPR_MACROS = {"println", "print", "eprintln", "eprint", "format", "write", "writeln", "panic", "assert",
               "assert_eq", "assert_ne", "debug_assert", "debug_assert_eq", "debug_assert_ne", "vec",
               "format_args", "unreachable", "todo", "unimplemented", "matches", "dbg"}


class Tok:
    def __init__(self, kind, text):
        self.kind = kind  # 'IDENT', 'INT', ... or the spelling of a keyword/punct
        self.text = text

    def __repr__(self):
        return f"{self.kind}:{self.text}"


def lex(src):
    toks, i, n = [], 0, len(src)
    ident_re = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            body = src[i:j]
            if body.startswith("///") and not body.startswith("////"):
                toks.append(Tok("DOC_OUTER", body))
            elif body.startswith("//!"):
                toks.append(Tok("DOC_INNER", body))
            i = j
            continue
        if src.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if src.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif src.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            body = src[i:j]
            if body.startswith("/**") and not body.startswith("/***") and body != "/**/":
                toks.append(Tok("DOC_OUTER", body))
            elif body.startswith("/*!"):
                toks.append(Tok("DOC_INNER", body))
            i = j
            continue
        m = re.compile(r"(br|cr|r|b|c)?(#*)\"").match(src, i)
        if m and (m.group(1) or not m.group(2)):
            prefix, hashes = m.group(1) or "", m.group(2)
            raw = "r" in prefix
            if hashes and not raw:
                m = None
            if m:
                j = m.end()
                if raw:
                    end = src.index('"' + hashes, j)
                    j = end + 1 + len(hashes)
                else:
                    while src[j] != '"':
                        j += 2 if src[j] == "\\" else 1
                    j += 1
                kind = {"": "STRING", "b": "BYTE_STRING", "c": "C_STRING", "r": "RAW_STRING",
                        "br": "RAW_BYTE_STRING", "cr": "RAW_C_STRING"}[prefix]
                toks.append(Tok(kind, src[i:j]))
                i = j
                continue
        m = re.compile(r"b?'(\\(x..|u\{[0-9a-fA-F_]*\}|.)|[^\\'])'").match(src, i)
        if m:
            toks.append(Tok("BYTE" if src[i] == "b" else "CHAR", m.group(0)))
            i = m.end()
            continue
        if c == "'":
            m = ident_re.match(src, i + 1)
            toks.append(Tok("LIFETIME", "'" + m.group(0)))
            i = m.end()
            continue
        if src.startswith("r#", i) and ident_re.match(src, i + 2):
            m = ident_re.match(src, i + 2)
            toks.append(Tok("RAW_IDENT", src[i:m.end()]))
            i = m.end()
            continue
        m = ident_re.match(src, i)
        if m:
            w = m.group(0)
            toks.append(Tok(w if w in KEYWORDS else "IDENT", w))
            i = m.end()
            continue
        if c.isdigit():
            m = re.compile(r"0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+").match(src, i)
            if m:
                j = m.end()
                m2 = ident_re.match(src, j)
                j = m2.end() if m2 else j
                toks.append(Tok("INT", src[i:j]))
                i = j
                continue
            m = re.compile(r"[0-9][0-9_]*").match(src, i)
            j, kind = m.end(), "INT"
            after_dot = toks and toks[-1].kind == "."
            if j < n and src[j] == "." and not src.startswith("..", j) and \
                    not (j + 1 < n and (src[j + 1].isalpha() or src[j + 1] == "_")):
                kind = "FLOAT"
                m = re.compile(r"\.[0-9][0-9_]*").match(src, j)
                j = m.end() if m else j + 1
            m = re.compile(r"[eE][+-]?[0-9_]+").match(src, j)
            if m and not after_dot:
                kind, j = "FLOAT", m.end()
            m = ident_re.match(src, j)
            if m:
                if m.group(0).startswith("f"):
                    kind = "FLOAT"
                j = m.end()
            toks.append(Tok(kind, src[i:j]))
            i = j
            continue
        for p in PUNCTS_BY_LEN:
            if src.startswith(p, i):
                toks.append(Tok(p, p))
                i += len(p)
                break
        else:
            raise SystemExit(f"refine.py: cannot lex {src[i:i + 20]!r}")
    return toks


OPEN = {"(": ")", "[": "]", "{": "}"}
CLOSE = {")", "]", "}"}


def partners(toks):
    part, stack = [None] * len(toks), []
    for i, t in enumerate(toks):
        if t.kind in OPEN:
            stack.append(i)
        elif t.kind in CLOSE:
            o = stack.pop()
            part[o], part[i] = i, o
    return part


class Refiner:
    """The refinement rules of rust.g's header, one token at a time."""

    def __init__(self, toks):
        self.t = toks
        self.n = len(toks)
        self.part = partners(toks)
        self.kind = [None] * self.n  # refined kind of each token (first terminal)
        self.extra_after = [[] for _ in range(self.n)]
        self.extra_before = [[] for _ in range(self.n)]
        self.dropped = [False] * self.n
        self.tt_open = [False] * self.n
        self.attr_open = [False] * self.n
        self.tt_close_of = {}

    def k(self, i):
        return self.t[i].kind if 0 <= i < self.n else None

    def path_word(self, k):
        return k in ("IDENT", "RAW_IDENT", "Self", "self", "super", "crate")

    # --- generics (llp_refine.comp's rules, plus `<` where an operand is expected) ---
    def open_angle_left(self, i):
        depth, angles = 0, 0
        for _ in range(128):
            if i <= 0:
                break
            i -= 1
            k = self.k(i)
            if k == "}" and depth == 0 and self.part[i] is not None and self.part[i] > 0 and \
                    self.k(self.part[i] - 1) in ("<", ","):
                i = self.part[i]
                continue
            if k in (")", "]"):
                depth += 1
                continue
            if k in ("(", "["):
                if depth == 0:
                    return None
                depth -= 1
                continue
            if depth > 0:
                continue
            if k == "&&" and self.kind[i] == "BORROW2":
                continue  # `::<&&T>`
            if k in (";", "{", "}", "let", "if", "while", "match", "return", "=>", "&&", "||", "in"):
                return None
            if k == ">":
                angles += 1
            elif k == ">>":
                angles += 2
            elif k == "<":
                if angles == 0:
                    return i
                angles -= 1
            elif k == "<<" and self.kind[i] == "GEN_LT":
                if angles <= 1:
                    return i
                angles -= 2
        return None

    def generic_lt_simple(self, o):
        if o == 0:
            return not self.operand_end_raw(o - 1)
        p = self.k(o - 1)
        return p == "::" or self.path_word(p) or p in ("impl", "for") or not self.operand_end_raw(o - 1)

    def generic_lt(self, i):
        if i == 0:
            return True
        p = self.k(i - 1)
        if p in ("::", "impl", "for"):
            return True
        if not self.operand_end_raw(i - 1):
            return True  # a qualified path `<T as Trait>::f` where an operand is expected
        if i >= 2 and p in ("IDENT", "RAW_IDENT"):  # `fn r#try<R>`
            q = self.t[i - 2]
            if q.kind in ("fn", "struct", "enum", "trait", "type") or (q.kind == "IDENT" and q.text == "union"):
                return True
        if not self.path_word(p):
            return False
        if self.k(i + 1) == "LIFETIME":
            return True  # `Foo<'a>`: never a comparison
        j = i - 1
        for _ in range(128):
            if j <= 0:
                break
            k = self.k(j - 1)
            if k == ")" and self.k(self.part[j - 1] - 1) == "pub":
                j = self.part[j - 1] - 1  # `pub(crate) Path<..>`
                continue
            if self.kind[j - 1] == "GEN_GT" and self.k(j) == "+":
                o = self.outer_open(j - 1)
                if o is not None:
                    j = o  # over a bound's generic arguments: `A<[u8]> + B<..>`
                    continue
            if k == "::" or self.path_word(k) or k in ("mut", "const", "LIFETIME", "dyn", "impl", "+", "~", "?") \
                    or self.kind[j - 1] in ("BORROW", "BORROW2", "DEREF") \
                    or (self.kind[j - 1] == "GEN_GT" and self.k(j) == "+"):
                j -= 1
                if k in ("dyn", "impl"):
                    return True
            else:
                break
        if j == 0:
            return False
        k = self.k(j - 1)
        if k in (":", "->", "as", "where", "for", "<"):
            return k != "<" or self.generic_lt_simple(j - 1)
        if k in (">", ">>") and self.kind[j - 1] == "GEN_GT":
            o = self.outer_open(j - 1)
            if o is not None and o > 0 and self.k(o - 1) in ("impl", "for"):
                return True  # `impl<T> Foo<T>`, `for<'a> Fn<..>`
        if self.type_position(j):
            return True
        if k in (",", "="):
            if k == "=" and j >= 3 and self.k(j - 2) == "IDENT" and self.k(j - 3) in ("type", "trait"):
                return True
            if k == "=" and j >= 2 and self.kind[j - 2] == "GEN_GT":
                q = self.open_angle_left(j - 2)
                if q is not None and q >= 2 and self.k(q - 1) == "IDENT" and self.k(q - 2) == "type":
                    return True
            o = self.open_angle_left(j - 1)
            return o is not None and self.generic_lt_simple(o)
        return False

    def outer_open(self, q):
        """The `<` that the generic-closing `>` or `>>` at q closes last."""
        a = self.open_angle_left(q)
        if a is not None and self.k(q) == ">>" and self.generic_closes(q) == 2:
            a = self.open_angle_left(a)
        return a

    def type_position(self, j, depth=0):
        """Does a type start at token j (judged by what precedes it)?"""
        if depth > 8 or j <= 0:
            return False
        p = j - 1
        k = self.k(p)
        if k in ("->", ":", "as", "dyn", "impl") or self.kind[p] == "GEN_LT":
            return True
        if k == "for":
            return self.operand_end_raw(p - 1) or self.kind[p - 1] == "GEN_GT"  # `impl A for B`
        if k in ("&", "&&", "*", "mut", "const", "LIFETIME", "pub"):
            return self.type_position(p, depth + 1)
        if k == ")" and self.k(self.part[p] - 1) == "pub":
            return self.type_position(self.part[p] - 1, depth + 1)
        if self.kind[p] == "ATTR_CLOSE":
            return self.type_position(self.part[p] - 1, depth + 1)
        if k == "=" and p >= 2 and self.k(p - 1) == "IDENT" and self.k(p - 2) in ("type", "trait"):
            return True
        if k == "=" and p >= 2 and self.kind[p - 1] == "GEN_GT":
            q = self.outer_open(p - 1)
            if q is not None and q >= 2 and self.k(q - 1) == "IDENT" and self.k(q - 2) in ("type", "trait"):
                return True
        if k in ("where", ","):
            for x, w in self.walk_left(j):
                if w == "where":
                    return True  # a where predicate's bounded type
                if w in ("open", ";", "group"):
                    break
        if k in (",", "="):
            o = self.open_angle_left(j)
            if o is not None and self.generic_lt(o):
                return True  # a generic argument: `Item = (A, B)`, `<A, (B, C)>`
        if k in ("(", "[", ",", ";"):
            o = p if k in ("(", "[") else next((x for x, w in self.walk_left(p) if w == "open"), None)
            return o is not None and self.k(o) in ("(", "[") and self.paren_type_context(o, depth + 1)
        return False

    def paren_type_context(self, o, depth=0):
        """Is the `(` or `[` at o a type's (tuple, array, slice, fn pointer or
        Fn-sugar parameters, tuple-struct or tuple-variant fields)?"""
        p = o - 1
        if self.k(p) == "fn" or self.tuple_struct_fields(o) or self.type_position(o, depth):
            return True
        if self.k(p) == "IDENT" and self.t[p].text in ("Fn", "FnMut", "FnOnce"):
            return True
        if self.k(p) == "IDENT" and p > 0 and (self.k(p - 1) in ("{", ",", "DOC_OUTER") or
                                                   self.kind[p - 1] == "ATTR_CLOSE"):
            e = next((x for x, w in self.walk_left(p) if w == "open"), None)
            if e is not None and self.kind[e] == "ITEM_LBRACE":
                for x, w in self.walk_left(e):
                    if w == "enum":
                        return True
                    if w in ("struct", "fn", "impl", "trait", "mod", ";", "open"):
                        break
        return False

    def macro_list_item(self, i):
        e = next((x for x, w in self.walk_left(i) if w == "open"), None)
        return e is not None and e >= 1 and self.kind[e - 1] == "MACRO_BANG"

    def in_use_group(self, i):
        e = next((x for x, w in self.walk_left(i) if w == "open"), None)
        return e is not None and self.k(e) == "{" and self.k(e - 1) == "::"

    def angle_then_path(self, i):
        """After `<` at i: a `>` followed by `::` at the same level, before a separator?"""
        j = i + 1
        while j < self.n:
            k = self.k(j)
            if k in OPEN:
                j = self.part[j] + 1
                continue
            if k in (";", ",", ")", "]", "}", "{", "="):
                return False
            if k in (">", ">>") and self.k(j + 1) == "::":
                return True
            j += 1
        return False

    def qpath_follows(self, i):
        """After `<<` at i: `T as Path>` at the same level, before a separator
        (a `,` inside the type's own generic arguments does not stop it)?"""
        j, seen_as, angles = i + 1, False, 0
        while j < self.n:
            k = self.k(j)
            if k in OPEN:
                j = self.part[j] + 1
                continue
            if k in (";", ")", "]", "}", "{", "=") or (k == "," and angles == 0):
                return False
            if k == "as":
                seen_as = True
            elif k in ("<", "<<"):
                angles += len(k)
            elif k in (">", ">>"):
                if seen_as and angles < len(k):
                    return True
                angles = max(0, angles - len(k))
            j += 1
        return False

    def tuple_struct_fields(self, o):
        """Is the `(` at o the field list of `struct S(..)` or `struct S<..>(..)`?"""
        q = o - 1
        if self.kind[q] == "GEN_GT":
            a = self.outer_open(q)
            if a is None:
                return False
            q = a - 1
        return q >= 1 and self.k(q) == "IDENT" and self.k(q - 1) == "struct"

    def generic_closes(self, i):
        o = self.open_angle_left(i)
        if o is None or not self.generic_lt(o):
            return 0
        if self.k(i) not in (">>", ">>="):
            return 1
        o2 = self.open_angle_left(o)
        return 2 if o2 is not None and self.generic_lt(o2) else 1

    # --- operand ends ---
    def operand_end_raw(self, i):
        """Does token i end an operand? (rust.g: `operand_end`.)"""
        if i < 0:
            return False
        k = self.k(i)
        if k in ("IDENT", "RAW_IDENT", ")", "?", "self", "Self", "super", "crate", "true", "false", "await", "_") \
                or k in LITERALS:
            return True
        if k == "]":
            return not self.attr_open[self.part[i]]
        if k == "}":
            o = self.part[i]
            if self.kind[o] == "STRUCT_LBRACE" or self.operator_block(o):
                return True
            return self.operand_position(self.chain_if(o) if self.k(o - 1) == "else" else self.match_of_body(o))
        return False

    def operator_block(self, o):
        """Is the `{` at o a block operand of an operator or a list element (`a + {b} * c`,
        `f({b} - 1)`), after at most
        one of `unsafe` `async` `const` `move` (or `async move`)? An expression goes on after its `}`."""
        if o is None or o < 0 or self.kind[o] != "{":
            return False
        p = o - 1
        if p >= 0 and self.k(p) in ("unsafe", "async", "const", "move"):
            p -= 1
        if p >= 1 and self.k(p) == "move" and self.k(p - 1) == "async":
            p -= 1
        return p >= 0 and self.kind[p] in self.BLOCK_OPERATORS

    def operand_end_bar(self, i):
        """For `|` (and `||`), a `>` closing generics also ends an operand: `|x: Vec<u8>|`."""
        if i >= 0 and self.k(i) in (">", ">>") and self.generic_closes(i) > 0:
            return True
        return self.operand_end_raw(i)

    # --- walks ---
    def walk_left(self, i):
        """Indices left of i at i's bracket level, balanced groups skipped
        (their opening token is yielded); stops after an unmatched opener."""
        j = i - 1
        while j >= 0:
            k = self.k(j)
            if self.kind[j] == "GEN_GT" and k in (">", ">>"):
                o = self.outer_open(j)
                if o is not None:
                    j = o - 1  # over generic arguments `<..>`
                    continue
            if k in CLOSE:
                j = self.part[j]
                yield j, "group"
            elif k in OPEN:
                yield j, "open"
                return
            else:
                yield j, k
            j -= 1

    def const_arg_brace(self, j):
        """Is the {} group opened at j a const generic argument (`<{ N }>`, `<A, { N }>`)?"""
        if self.k(j) != "{" or self.kind[j] not in ("{", None) or j == 0:
            return False
        if self.kind[j - 1] == "GEN_LT":
            return True
        if self.k(j - 1) in (",", "="):
            o = self.open_angle_left(j - 1)
            return o is not None and self.generic_lt(o)
        return False

    ITEM_KW = ("fn", "struct", "enum", "trait", "impl", "mod", "extern", "where")
    ITEM_STOP = (";", "=>", "if", "while", "match", "in", "loop", "else", "unsafe", "async", "move", "const",
                 "let", "return", "break", "static", "||")

    def item_brace(self, i):
        """rust.g: ITEM_LBRACE."""
        if i > 0 and (self.k(i - 1) in ("}", "=") or self.kind[i - 1] == "GEN_LT"):
            return False
        if i > 0 and self.k(i - 1) == ",":
            o = self.open_angle_left(i - 1)
            if o is not None and self.generic_lt(o):
                return False  # a const generic argument `<A, { N }>`
        for j, k in self.walk_left(i):
            if k == "group":
                if self.k(j) == "{" and not self.const_arg_brace(j):
                    return False
                continue
            if k == "open":
                return False
            if k in self.ITEM_KW:
                if k == "extern" and i == j + 1:
                    return True
                return True
            if k == "IDENT" and self.t[j].text == "union" and self.k(j + 1) == "IDENT":
                return True
            if k == "=":
                o = self.open_angle_left(j)
                if o is None or not self.generic_lt(o):
                    return False  # `static F: fn() = {..}`: not inside generic angles
                continue
            if k == "|" or k in self.ITEM_STOP:
                if k in ("unsafe", "async", "const") and j != i - 1:
                    continue  # qualifiers of an item: `unsafe impl`, `const fn`, `async fn`
                return False
        return False

    def struct_brace(self, i):
        """rust.g: STRUCT_LBRACE (llp_refine.comp's rule, with `=` and `let` read as the header says)."""
        p = i - 1
        if p < 0:
            return False
        if not (self.path_word(self.k(p)) or (self.k(p) in (">", ">>") and self.generic_closes(p) > 0)):
            return False
        passed_eq = False
        for j, k in self.walk_left(i):
            if k == "group":
                if self.k(j) == "{" and self.kind[j] != "STRUCT_LBRACE" and \
                        not (j > 0 and (self.k(j - 1) in ("unsafe", "async", "const", "move") or
                                        self.kind[j - 1] in self.HEAD_OR_OPERATOR)):
                    return True
                continue
            if k == "open":
                return True
            if k in (";", "=>", "return", "break", ","):
                return True
            if k == "let":
                if not passed_eq:
                    return True
                continue
            if k == "=":
                passed_eq = True
                continue
            if k in ("fn", "->") and passed_eq:
                continue  # a type before the `=`: `let f: fn() -> R = S { .. }`
            if k in ("if", "while", "match", "in", "struct", "enum", "trait", "impl", "mod", "fn", "where", "->"):
                return False
        return True

    def where_end(self, i):
        """rust.g: WHERE_END before the ITEM_LBRACE or `;` at i."""
        for j, k in self.walk_left(i):
            if k == "group":
                if self.k(j) == "{" and not self.const_arg_brace(j):
                    return False
                continue
            if k in ("open", ";", "=>") or k in self.ITEM_KW[:-1]:
                return False
            if k == "where":
                return True
        return False

    def closure_close(self, i):
        """rust.g: CLOSURE_CLOSE."""
        for j, k in self.walk_left(i):
            if k in ("group",):
                continue
            if k in ("open", ";"):
                return False
            if k in ("|", "||"):
                return self.kind[j] == "CLOSURE_OR"
        return False

    def run(self):
        t, n = self.t, self.n
        i = 0
        skip_to = -1
        for i in range(n):
            if i <= skip_to:
                self.dropped[i] = True
                continue
            k = t[i].kind
            prev = i - 1
            opnd = self.operand_end_raw(prev)
            kind = k
            # macro and attribute bodies
            if k == "#" and self.k(i + 1) == "!" and self.k(i + 2) == "[":
                self.kind[i] = "INNER_ATTR"
                self.dropped[i + 1] = True
                skip_to = i + 1
                continue
            if k in CLOSE and self.tt_open[self.part[i]]:
                self.kind[i] = "ATTR_CLOSE" if self.attr_open[self.part[i]] else k
                continue
            if k in CLOSE and self.tt_close_of.get(i) is not None:
                self.kind[i] = k
                continue
            if k in OPEN:
                mac = prev >= 0 and self.kind[prev] == "MACRO_BANG"
                mac_rules = prev >= 1 and self.k(prev) in ("IDENT", "RAW_IDENT") and self.kind[prev - 1] == "MACRO_BANG"
                macro2 = prev >= 1 and self.k(prev) == "IDENT" and self.k(prev - 1) == "macro"
                attr = k == "[" and prev >= 0 and (self.k(prev) == "#" or
                                                   (self.k(prev) == "!" and prev >= 1 and self.k(prev - 1) == "#"))
                name = t[prev - 1].text if mac and prev >= 1 else None
                if attr or mac_rules or macro2 or (mac and name not in EXPR_MACROS):
                    self.kind[i] = "TT"
                    self.tt_open[i] = True
                    self.attr_open[i] = attr
                    close = self.part[i]
                    if macro2 and k == "(" and self.k(close + 1) == "{":
                        close = self.part[close + 1]  # `macro m(..) {..}`: one body
                        self.tt_close_of[close] = i
                        self.part[i], self.part[close] = close, i
                    skip_to = close - 1
                    continue
            if k in KEYWORDS and k != "_" and self.k(i + 1) == "=" and self.k(prev) == "," and \
                    self.macro_list_item(i):
                kind = "IDENT"  # a named argument `format!("{type}", type = t)`
            elif k == "..." and opnd:
                kind = "RANGE_DOTS"
            elif k in ("return", "break", "continue") and prev >= 0 and self.kind[prev] in self.OPERATOR_BEFORE_JUMP:
                kind = k.upper() + "_OP"
            elif k == "-" and not opnd:
                kind = "UNARY_MINUS"
            elif k == "*" and (self.k(prev) == "::" or (self.k(prev) in ("{", ",") and self.in_use_group(i))):
                kind = "GLOB"
            elif k == "*" and not opnd:
                kind = "DEREF"
            elif k in ("&", "&&") and not opnd and \
                    self.k(i + 2 if self.k(i + 1) == "mut" else i + 1) in ("|", "||", "move"):
                kind = "CLOSURE_BORROW"
            elif k == "&" and not opnd:
                kind = "BORROW"
            elif k == "&&" and not opnd:
                kind = "BORROW2"
            elif k == "|" and not self.operand_end_bar(prev):
                kind = "CLOSURE_OR"
            elif k == "||" and not self.operand_end_bar(prev):
                kind = "CLOSURE_OROR"
            elif k == "|" and self.closure_close(i):
                kind = "CLOSURE_CLOSE"
            elif k == "!" and self.k(prev) in ("IDENT", "RAW_IDENT") and self.k(i + 1) in ("(", "[", "{", "IDENT", "RAW_IDENT"):
                kind = "MACRO_BANG"
            elif k == "in" and self.k(prev) == "(" and self.k(prev - 1) == "pub":
                kind = "VIS_IN"
            elif k == "if" and opnd:
                kind = "GUARD_IF"
            elif k == "unsafe" and self.k(i + 1) == "{":
                kind = "UNSAFE_BLOCK"
            elif k == "async" and (self.k(i + 1) == "{" or (self.k(i + 1) == "move" and self.k(i + 2) == "{")):
                kind = "ASYNC_BLOCK"
            elif k == "<" and self.k(prev) == "}" and not self.angle_then_path(i):
                pass  # after a block: a comparison (`unsafe { x } < y`)
            elif k == "<<" and self.k(prev) == "}" and not self.qpath_follows(i):
                pass  # after a block: a shift (`unsafe { x } << 8`)
            elif k == "<" and self.generic_lt(i):
                kind = "GEN_LT"
            elif k == "<<" and (not opnd or (self.generic_lt(i) and self.qpath_follows(i))):
                kind = "GEN_LT"
                self.extra_after[i].append("GEN_LT")
            elif k in (">", ">>", ">=", ">>="):
                c = self.generic_closes(i)
                if c:
                    kind = "GEN_GT"
                    rest = {">": [], ">=": ["'='"], ">>": ["GEN_GT" if c == 2 else "'>'"],
                            ">>=": ["GEN_GT", "'='"] if c == 2 else ["'>='"]}[k]
                    self.extra_after[i] += rest
            elif k == "{":
                if self.k(prev) in ("return", "break") or (self.k(prev) == "LIFETIME" and prev > 0
                                                              and self.k(prev - 1) == "break"):
                    kind = "RET_LBRACE"
                elif self.item_brace(i):
                    kind = "ITEM_LBRACE"
                elif self.struct_brace(i):
                    kind = "STRUCT_LBRACE"
            self.kind[i] = kind
            if kind in ("ITEM_LBRACE", ";") and self.where_end(i):
                self.extra_before[i].append("WHERE_END")
        # statement separators
        S = {"'!'", "'..'", "'..='", "'#'", "'('", "'::'", "'Self'", "'['", "'_'", "'async'", "'box'", "'break'", "'const'",
             "'continue'", "'crate'", "'dyn'", "'enum'", "'extern'", "'false'", "'fn'", "'for'", "'if'", "'impl'",
             "'let'", "'loop'", "'match'", "'mod'", "'move'", "'mut'", "'pub'", "'ref'", "'return'", "'self'",
             "'static'", "'struct'", "'super'", "'trait'", "'true'", "'type'", "'unsafe'", "'use'", "'while'",
             "'yield'", "BORROW", "BORROW2", "BYTE", "BYTE_STRING", "CHAR", "CLOSURE_OR", "CLOSURE_OROR",
             "C_STRING", "DEREF", "DOC_INNER", "DOC_OUTER", "FLOAT", "GEN_LT", "IDENT", "INT", "LIFETIME",
             "RAW_BYTE_STRING", "RAW_C_STRING", "RAW_IDENT", "RAW_STRING", "STRING", "UNARY_MINUS", "INNER_ATTR",
             "'try'", "CLOSURE_BORROW", "UNSAFE_BLOCK", "ASYNC_BLOCK"}
        for i in range(n):
            if self.dropped[i] or i + 1 >= n:
                continue
            nxt = i + 1
            if self.k(i) == ":" and self.spell(nxt)[0] in self.FIELD_VALUE_START:
                self.kind[i] = "FIELD_COLON"
            while nxt < n and self.dropped[nxt]:
                nxt += 1
            if nxt >= n:
                continue
            # a `}` after which an expression goes on (a struct literal's, a block
            # operand's: `let v = {1} * {2}` needs its `;`) ends no statement;
            # a `{` right after `..` is a `for` body (`for i in 0.. {`)
            ends = (self.k(i) == "}" and (not self.operand_end_raw(i) or
                                          self.k(self.part[i] - 1) in ("..", "..="))) or \
                   (self.kind[i] == "ATTR_CLOSE" and self.kind[self.part[i] - 2] == "INNER_ATTR") or \
                   self.k(i) == "DOC_INNER"
            if ends and (self.spell(nxt)[0] in S or (self.spell(nxt)[0] == "'{'" and not self.head_operand_end(i))):
                self.extra_after[i].append("STMT_SEP")

    FIELD_VALUE_START = {"CLOSURE_OR", "CLOSURE_OROR", "CLOSURE_BORROW", "'move'", "'return'", "'break'",
                         "'continue'", "'yield'"}

    HEAD_OR_OPERATOR = {"if", "while", "match", "in", "=", "==", "!=", "<", ">", "<=", ">=", "&&", "||", "+", "-",
                        "*", "/", "%", "^", "&", "|", "<<", ">>", "..", "..=", "!", "+=", "-=", "*=", "/=", "%=",
                        "^=", "&=", "|=", "<<=", ">>=", "return", "break", "DEREF", "BORROW", "BORROW2",
                        "UNARY_MINUS"}

    BLOCK_OPERATORS = (HEAD_OR_OPERATOR - {"return", "break"}) | {"(", "[", ","}
    HEAD_OR_OPERATOR |= {"RETURN_OP", "BREAK_OP"}

    # Prefix and binary operators (refined kinds): a `return` right after one is
    # RETURN_OP (`!return ()`); not `=` or an op=, whose right operand is an e2.
    OPERATOR_BEFORE_JUMP = {"UNARY_MINUS", "DEREF", "BORROW", "BORROW2", "+", "-", "*", "/", "%", "^", "!", "&",
                            "|", "&&", "||", "<<", ">>", "==", "!=", ">", "<", ">=", "<=", "..", "..="}

    def head_operand_end(self, i):
        """Does the `}` at i close a block operand (`{..}`, `unsafe {..}` ...) that directly
        follows a head keyword or an operator, so that a `{` after it is a head's body?"""
        o = self.part[i]
        p = o - 1
        # the last block of an if-else chain: the chain's first `if` decides
        # (`match if c {..} else {..} {`)
        if o >= 1 and self.k(o - 1) == "else":
            f = self.chain_if(o)
            return f is not None and f >= 1 and self.kind[f - 1] in self.HEAD_OR_OPERATOR
        if p >= 0 and self.k(p) in ("unsafe", "async", "const", "move"):
            p -= 1
        if p >= 0 and self.k(p) == "move" and self.k(p - 1) == "async":
            p -= 1
        if p >= 0 and self.kind[p] in self.HEAD_OR_OPERATOR:
            return True
        # `match e {..}` whose `match` follows a head keyword or an operator
        # (`if let Some(x) = match e {..} {`, `&& match e {..} {`)
        m = self.match_of_body(o)
        return m is not None and m > 0 and self.kind[m - 1] in self.HEAD_OR_OPERATOR

    def head_of_block(self, o, kw):
        """The `if` or `match` (kw) whose condition or scrutinee ends right before the
        `{` at o, walking left (a scrutinee stops at what would end one, past prefix
        operators: `match &a {`), or None."""
        for x, w in self.walk_left(o):
            if w == "group" and self.k(x) != "{":
                continue
            if w == kw:
                return x
            if w in ("open", "group", ";", "=>", ","):
                return None
            prefix = self.kind[x] in ("BORROW", "BORROW2", "DEREF", "UNARY_MINUS") or w == "!"
            if kw == "match" and not prefix and \
                    (w in ("let", "if", "while", "for", "in", "loop") or w in self.HEAD_OR_OPERATOR):
                return None
        return None

    def match_of_body(self, o):
        return self.head_of_block(o, "match")

    def chain_if(self, o):
        """The first `if` of the if-else chain whose `else` block opens at o, or None."""
        while o >= 2 and self.k(o - 1) == "else":
            if self.k(o - 2) != "}":
                return None
            f = self.head_of_block(self.part[o - 2], "if")
            if f is None or f < 1 or self.k(f - 1) != "else":
                return f
            o = f
        return None

    def operand_position(self, s):
        """Does the block-like expression starting at s stand as an operand (rust.g: operand_end)?"""
        return s is not None and s >= 1 and self.kind[s - 1] in self.BLOCK_OPERATORS

    def spell(self, i):
        """The terminals of token i, spelled as rust.g spells them."""
        t = self.t[i]
        k = self.kind[i]
        out = list(self.extra_before[i])
        if k in (t.kind,) and k not in LITERALS and k not in ("IDENT", "RAW_IDENT", "LIFETIME", "DOC_OUTER",
                                                               "DOC_INNER"):
            out.append(f"'{k}'")
        else:
            out.append(k)
        out += self.extra_after[i]
        return out

    def terminals(self):
        out = []
        for i in range(self.n):
            if self.dropped[i]:
                continue
            sp = self.spell(i)
            t = self.t[i]
            for j, s in enumerate(sp):
                if s == self.kind[i] and (t.kind in LITERALS or t.kind in ("IDENT", "RAW_IDENT", "LIFETIME")) \
                        and not re.search(r"\s", t.text):
                    s = f"{s}/{t.text}"
                out.append(s)
        return out


def main():
    whole = "--whole" in sys.argv[1:]
    paths = [a for a in sys.argv[1:] if a != "--whole"] or ["-"]
    for path in paths:
        text = sys.stdin.read() if path == "-" else open(path).read()
        if whole:  # the whole file is one case, on one line
            r = Refiner(lex(text))
            r.run()
            print("# " + path)
            print(" ".join(r.terminals()))
            continue
        for case in re.split(r"\n\s*\n", text):
            lines = [l for l in case.splitlines() if l.strip()]
            if not lines:
                continue
            if all(l.lstrip().startswith("//=") for l in lines):
                for l in lines:
                    print("#" + l.lstrip()[3:])
                continue
            src = "\n".join(l for l in lines if not l.lstrip().startswith("//="))
            for l in lines:
                if l.lstrip().startswith("//="):
                    print("#" + l.lstrip()[3:])
            r = Refiner(lex(src))
            r.run()
            print("# " + " ".join(l.strip() for l in src.splitlines()))
            print(" ".join(r.terminals()))
            print()


if __name__ == "__main__":
    main()
