#!/usr/bin/env python3
"""Token-by-token comparison of rustg-vk's lexer against proc-macro2 (lex-oracle).

Driven by tools/corpus.sh, which builds the oracle first; see that script for
the options. Both sides are brought to lex-oracle's line format:

    Ident foo | Punct + Joint | Literal 0x1F | Open ( | Close ) | Doc outer TEXT

rustg-vk's `--emit=tokens` dump (`START..END KIND TEXT` per token, `# PATH`
per file, `# error` after a rejected file) is normalised through KIND_TABLE:
keywords and raw identifiers become Idents, a lifetime `'a` becomes
`Punct ' Joint` + `Ident a`, multi-character punctuation is split into
single-character Puncts whose spacing follows proc-macro2's rule (Joint when
the next token starts right there with one of ~!@#$%^&*-=+|;:,<.>/?' and is not
a comment), doc comments become `Doc outer|inner CONTENTS`, every other kind is
a Literal compared by its source text.
"""

import argparse
import concurrent.futures
import glob
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time

# ---------------------------------------------------------------------------
# rustg-vk dump -> oracle form

PUNCT_CHARS = set("~!@#$%^&*-=+|;:,<.>/?'")
OPEN = {"(": "(", "[": "[", "{": "{"}
CLOSE = {")": ")", "]": "]", "}": "}"}

# Kind name (as printed by src/dump.c) -> normaliser. Kinds of the form
# Name(arg) are looked up by Name. Anything not listed is a Literal, unless its
# text reads as a doc comment.
KIND_TABLE = {
    "Ident": "ident",
    "RawIdent": "ident",
    "Kw": "ident",
    "Keyword": "ident",
    "Lifetime": "lifetime",
    "Punct": "punct",
    "Open": "punct",
    "Close": "punct",
    "Delim": "punct",
    "Doc": "doc",
    "DocComment": "doc",
    "OuterDoc": "doc",
    "DocOuter": "doc",
    "DocInner": "doc",
    "InnerDoc": "doc",
    "LineDoc": "doc",
    "BlockDoc": "doc",
    "DocLine": "doc",
    "DocBlock": "doc",
    "OuterLineDoc": "doc",
    "InnerLineDoc": "doc",
    "OuterBlockDoc": "doc",
    "InnerBlockDoc": "doc",
    "Comment": "skip",
    "Whitespace": "skip",
    "Eof": "skip",
    "EOF": "skip",
    "Invalid": "invalid",
    "Bool": "ident",
    "True": "ident",
    "False": "ident",
    "Underscore": "ident",
    "Shebang": "skip",
    "Bom": "skip",
    "BOM": "skip",
    # Int, Str, Char, Float, Byte, ByteStr, RawStr, RawByteStr, ...: Literal
}


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def doc_contents(text):
    """(style, contents) of a doc comment's source text, as proc-macro2 sees it."""
    if text.startswith("//!") or text.startswith("///"):
        body = text[3:]
        if body.endswith("\n"):
            body = body[:-1]
        if body.endswith("\r"):
            body = body[:-1]
        return ("inner" if text[2] == "!" else "outer"), body
    if text.startswith("/*!") or text.startswith("/**"):
        body = text[3:-2] if text.endswith("*/") and len(text) >= 5 else text[3:]
        return ("inner" if text[2] == "!" else "outer"), body
    return "outer", text


def spacing(toks, i, end):
    """proc-macro2's Joint/Alone for a punct char ending at byte `end`, from the
    next token rustg-vk produced."""
    if i + 1 < len(toks):
        s, _e, _k, t = toks[i + 1]
        if s == end and t and t[0] in PUNCT_CHARS and not (t.startswith("//") or t.startswith("/*")):
            return "Joint"
    return "Alone"


def normalise(toks):
    """toks: [(start, end, kind, text)] -> [(norm_line, start_byte)]."""
    out = []
    for i, (s, e, kind, text) in enumerate(toks):
        base = kind.split("(", 1)[0]
        how = KIND_TABLE.get(base)
        if how is None:
            how = "doc" if (text.startswith("//") or text.startswith("/*")) else "literal"
        if how == "ident":
            out.append(("Ident " + escape(text), s))
        elif how == "lifetime":
            out.append(("Punct ' Joint", s))
            out.append(("Ident " + escape(text[1:]), s + 1))
        elif how == "punct":
            if text in OPEN:
                out.append(("Open " + text, s))
            elif text in CLOSE:
                out.append(("Close " + text, s))
            else:
                n = len(text)
                for j, c in enumerate(text):
                    sp = "Joint" if j + 1 < n else spacing(toks, i, e)
                    out.append(("Punct %s %s" % (escape(c), sp), s + j))
        elif how == "doc":
            style, body = doc_contents(text)
            out.append(("Doc %s %s" % (style, escape(body)), s))
        elif how == "skip":
            pass
        elif how == "invalid":
            out.append(("Invalid " + escape(text), s))
        else:
            out.append(("Literal " + escape(text), s))
    return out


HEADER_RE = re.compile(rb"# (.*)\n")
TOKEN_RE = re.compile(rb"(\d+)\.\.(\d+) (\S+) ")


def parse_rustg_dump(data, paths, read_src):
    """Split rustg-vk's batch stdout into {path: (tokens|None if '# error', complete)}.

    Token text is taken from the source by byte range; the dump's own copy of
    it is skipped (it may span lines, and printf stops it at a NUL byte).
    Returns (results, paths_seen_in_order)."""
    res = {}
    order = []
    pos = 0
    n = len(data)
    cur = None
    src = b""
    toks = []
    single = len(paths) == 1
    if single:
        # One input: rustg-vk prints no header.
        cur = paths[0]
        src = read_src(cur)
        order.append(cur)
    while pos < n:
        if data.startswith(b"# error\n", pos):
            if cur is not None:
                res[cur] = (None, True)
                cur = None
            pos += 8
            continue
        m = TOKEN_RE.match(data, pos)
        if m and cur is not None:
            s, e = int(m.group(1)), int(m.group(2))
            kind = m.group(3).decode("utf-8", "replace")
            raw = src[s:e]
            printed = raw.split(b"\0", 1)[0]
            p = m.end() + len(printed)
            if data.startswith(b"\n", p):
                toks.append((s, e, kind, raw.decode("utf-8", "replace")))
                pos = p + 1
                continue
            # Doesn't line up with the source: resynchronise at the next line.
            nl = data.find(b"\n", m.end())
            toks.append((s, e, kind, raw.decode("utf-8", "replace")))
            pos = n if nl < 0 else nl + 1
            continue
        m = HEADER_RE.match(data, pos)
        if m:
            if cur is not None and cur not in res:
                res[cur] = (toks, True)
            cur = m.group(1).decode("utf-8", "surrogateescape")
            order.append(cur)
            src = read_src(cur)
            toks = []
            pos = m.end()
            continue
        nl = data.find(b"\n", pos)
        pos = n if nl < 0 else nl + 1
    if cur is not None and cur not in res:
        res[cur] = (toks, True)
    return res, order


# ---------------------------------------------------------------------------
# oracle dump

def parse_oracle_dump(text):
    """{path: None (rejected, with its error position in errs) | [(norm_line, 'L:C')]}"""
    res = {}
    errs = {}
    cur = None
    lines = []
    for ln in text.split("\n"):
        if ln.startswith("# "):
            if ln == "# error" or ln.startswith("# error "):
                if cur is not None:
                    res[cur] = None
                    errs[cur] = ln[8:]
                    cur = None
                continue
            if cur is not None:
                res[cur] = lines
            cur = ln[2:]
            lines = []
            continue
        if not ln or cur is None:
            continue
        pos, _, rest = ln.partition(" ")
        lines.append((rest, pos))
    if cur is not None:
        res[cur] = lines
    return res, errs


# ---------------------------------------------------------------------------
# classification for the summary

def literal_class(text):
    t = text
    if t.startswith("br") or t.startswith("rb"):
        return "raw byte string"
    if t.startswith("r#") or t.startswith('r"'):
        return "raw string"
    if t.startswith('b"'):
        return "byte string"
    if t.startswith("b'"):
        return "byte char"
    if t.startswith('c"') or t.startswith("cr"):
        return "C string"
    if t.startswith("'"):
        return "char"
    if t.startswith('"'):
        return "string" + (" (suffixed)" if not t.endswith('"') else "")
    if t[:1].isdigit():
        if re.match(r"0[xob]", t):
            return "int (0x/0o/0b)"
        if "." in t or re.match(r"^[0-9_]+([eE][+-]?[0-9_]+)", t) or re.search(r"f(32|64)$", t):
            return "float"
        if re.search(r"[a-zA-Z]", t):
            return "int (suffixed)"
        return "int"
    return "literal " + t[:8]


def token_class(norm):
    if norm is None:
        return "end of file"
    kind, _, rest = norm.partition(" ")
    if kind == "Literal":
        return "Literal " + literal_class(rest.replace("\\n", "\n"))
    if kind == "Doc":
        return "Doc " + rest.split(" ", 1)[0]
    if kind == "Punct":
        return "Punct " + rest.split(" ", 1)[0]
    if kind == "Ident":
        return "Ident r#.." if rest.startswith("r#") else "Ident"
    return kind


def visible(s):
    """Control and invisible characters as \\u{..}."""
    return "".join(c if (c.isprintable() and c not in "\u200b\u200e\u200f\ufeff") else "\\u{%x}" % ord(c) for c in s)


def vis(tok):
    return "(end of file)" if tok is None else visible(tok)


def error_class(msg):
    """Error message with its specifics (quoted text) blanked out."""
    m = re.sub(r"`[^`]*`", "`…`", msg)
    m = re.sub(r"'[^']*'", "'…'", m)
    return m


# ---------------------------------------------------------------------------

DIAG_HEAD = re.compile(r"^(error(?:\[(E\d+)\])?): (.*)$")
DIAG_LOC = re.compile(r"^\s*--> (.*):(\d+):(\d+)$")


def parse_stderr(text):
    """{path: [ 'error[E0765]: msg at L:C' ]} from rustg-vk's diagnostics."""
    out = {}
    pending = None
    for ln in text.split("\n"):
        m = DIAG_HEAD.match(ln)
        if m:
            pending = m.group(1) + ": " + visible(m.group(3))
            if m.group(3).startswith("aborting due to") or m.group(3).startswith("could not compile"):
                pending = None
            continue
        m = DIAG_LOC.match(ln)
        if m and pending:
            out.setdefault(m.group(1), []).append("%s (at %s:%s)" % (pending, m.group(2), m.group(3)))
            pending = None
    return out


class Runner:
    def __init__(self, args, workdir):
        self.args = args
        self.workdir = workdir
        self.stdbuf = shutil.which("stdbuf")

    def read_src(self, path):
        try:
            with open(path, "rb") as f:
                return f.read()
        except OSError:
            return b""

    def run_oracle(self, paths):
        p = subprocess.run([self.args.oracle, "--positions", "-"], input="\n".join(paths) + "\n",
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="surrogateescape")
        return parse_oracle_dump(p.stdout)

    def _rustg(self, paths, line_buffered):
        cmd = [self.args.rustg, "--emit=tokens"] + paths
        if line_buffered and self.stdbuf:
            cmd = [self.stdbuf, "-oL"] + cmd
        outp = os.path.join(self.workdir, "rustg.%d.out" % threading.get_ident())
        errp = os.path.join(self.workdir, "rustg.%d.err" % threading.get_ident())
        with open(outp, "wb") as fo, open(errp, "wb") as fe:
            proc = subprocess.Popen(cmd, stdout=fo, stderr=fe, start_new_session=True)
            status = "ok"
            # Watchdog on progress: output that stops growing for longer than
            # the per-file limit is a hang. (Fully buffered, stdout still grows
            # every few KiB; line-buffered, at every file header, so the last
            # header names the culprit.)
            last_size, last_change = -1, time.time()
            while True:
                try:
                    proc.wait(timeout=0.1)
                    break
                except subprocess.TimeoutExpired:
                    pass
                sz = os.path.getsize(outp) + os.path.getsize(errp)
                if sz != last_size:
                    last_size, last_change = sz, time.time()
                elif time.time() - last_change > self.args.file_timeout:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()
                    status = "timeout"
                    break
            rc = proc.returncode
        with open(outp, "rb") as f:
            out = f.read()
        with open(errp, "rb") as f:
            err = f.read().decode("utf-8", "replace")
        os.unlink(outp)
        os.unlink(errp)
        if status == "ok" and rc is not None and (rc < 0 or rc >= 128):
            status = "crash (signal %d)" % (-rc if rc < 0 else rc - 128)
        return out, err, status, rc

    def run_rustg(self, paths):
        """{path: tokens | None (rejected) | 'crash ...'/'timeout'}, {path: [diag]}"""
        results, diags = {}, {}
        todo = list(paths)
        line_buffered = False
        while todo:
            out, err, status, rc = self._rustg(todo, line_buffered)
            for k, v in parse_stderr(err).items():
                diags.setdefault(k, []).extend(v)
            res, order = parse_rustg_dump(out, todo, self.read_src)
            if status == "ok":
                for p in todo:
                    results[p] = res[p][0] if p in res else "no output"
                if len(todo) == 1 and rc == 1:
                    # One input: no '# error' line, only the exit status.
                    results[todo[0]] = None
                break
            if not line_buffered:
                # Fully buffered output lost the tail: keep the files that were
                # followed by another header, find the culprit line-buffered.
                done = order[:-1] if order else []
                for p in done:
                    results[p] = res[p][0]
                todo = todo[len(done):]
                line_buffered = True
                continue
            # Line-buffered: the last header is the file it died on.
            if not order:
                culprit = todo[0]
            else:
                culprit = order[-1]
            for p in order[:-1]:
                results[p] = res[p][0]
            results[culprit] = status
            idx = todo.index(culprit) if culprit in todo else 0
            todo = todo[idx + 1:]
            line_buffered = False
        return results, diags


def oracle_error(e):
    """'L:C reason' (0-based column) -> (':L:C' 1-based, reason)."""
    pos, _, why = e.partition(" ")
    if ":" not in pos:
        return "", why or "unknown"
    ln, col = pos.split(":")
    return ":%s:%d" % (ln, int(col) + 1), (why + " error") if why else "unknown"


ANNOT_RE = re.compile(rb"//~(\^*)")


def expects_error(src, diags):
    """Whether rustc's test suite marks the first diagnostic's line with an
    expected error (`//~ ERROR` on it, or `//~^...` below it): rustc rejects
    the file too, if not necessarily in its lexer."""
    if not diags:
        return False
    m = re.search(r"\(at (\d+):\d+\)$", diags[0])
    if not m:
        return False
    ln = int(m.group(1))
    lines = src.split(b"\n")
    for k in range(0, 6):
        if ln - 1 + k >= len(lines):
            break
        for a in ANNOT_RE.finditer(lines[ln - 1 + k]):
            if len(a.group(1)) == k:
                return True
    return False


def first_diff(a, b):
    n = min(len(a), len(b))
    for i in range(n):
        if a[i][0] != b[i][0]:
            return i
    return n if len(a) != len(b) else -1


def line_col(src, off):
    line = src.count(b"\n", 0, off) + 1
    ls = src.rfind(b"\n", 0, off) + 1
    return line, len(src[ls:off].decode("utf-8", "replace"))


def gather(args):
    roots = args.only or args.roots
    files = set()
    for root in roots:
        if os.path.isfile(root):
            files.add(os.path.abspath(root))
            continue
        for dp, dns, fns in os.walk(root):
            dns.sort()
            for fn in fns:
                if fn.endswith(".rs"):
                    p = os.path.join(dp, fn)
                    if os.path.isfile(p) and "\n" not in p:
                        files.add(p)
    files = sorted(files)
    if args.limit and args.limit < len(files):
        # A deterministic sample spread evenly over the whole corpus.
        step = len(files) / args.limit
        files = [files[int(i * step)] for i in range(args.limit)]
    return files


def batches(files, size, max_bytes=100_000):
    cur, nb = [], 0
    for f in files:
        if cur and (len(cur) >= size or nb + len(f) + 1 > max_bytes):
            yield cur
            cur, nb = [], 0
        cur.append(f)
        nb += len(f) + 1
    if cur:
        yield cur


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rustg", required=True)
    ap.add_argument("--oracle", required=True)
    ap.add_argument("--label", default="", help="what to call the rustg-vk binary in the report")
    ap.add_argument("--report", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("--rejects", action="store_true")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--file-timeout", type=float, default=60.0)
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("roots", nargs="*")
    args = ap.parse_args()
    if not args.roots:
        args.roots = sorted(glob.glob("/usr/src/rustc-*/")) + ["/usr/share/cargo/registry/"]
    os.makedirs(args.workdir, exist_ok=True)
    files = gather(args)
    if not files:
        print("corpus: no .rs files under %s" % " ".join(args.only or args.roots), file=sys.stderr)
        return 2
    runner = Runner(args, args.workdir)
    t0 = time.time()
    if args.rejects:
        return rejects_mode(args, runner, files, t0)
    return compare_mode(args, runner, files, t0)


def progress(done, total, t0, extra=""):
    el = time.time() - t0
    eta = el / done * (total - done) if done else 0
    print("\rcorpus: %d/%d files, %.0fs elapsed, ~%.0fs left %s" % (done, total, el, eta, extra),
          end="", file=sys.stderr, flush=True)


def compare_mode(args, runner, files, t0):
    lock = threading.Lock()
    st = {
        "compared": 0, "same": 0, "oracle_rejects": [], "rustg_rejects": [], "differ": [],
        "crash": [], "both_reject": 0, "oracle_only_reject_rustg_accepts": 0, "done": 0,
    }

    def work(batch):
        oracle, oerrs = runner.run_oracle(batch)
        rustg, diags = runner.run_rustg(batch)
        local = []
        for p in batch:
            o = oracle.get(p, None) if p in oracle else "missing"
            r = rustg.get(p, "no output")
            if o is None or o == "missing":
                local.append(("oracle_rejects", (p, oerrs.get(p, ""), r is None, diags.get(p, []))))
                continue
            if isinstance(r, str):
                local.append(("crash", (p, r)))
                continue
            src = runner.read_src(p)
            if r is None:
                ds = diags.get(p, [])
                local.append(("rustg_rejects", (p, ds, expects_error(src, ds))))
                continue
            norm = normalise(r)
            i = first_diff(o, norm)
            if i < 0:
                local.append(("same", p))
                continue
            ot = o[i] if i < len(o) else None
            rt = norm[i] if i < len(norm) else None
            if rt is not None:
                ln, col = line_col(src, rt[1])
                rpos = "%d:%d" % (ln, col + 1)
            else:
                rpos = "eof"
            if ot is not None:
                ol, oc = ot[1].split(":")
                opos = "%s:%d" % (ol, int(oc) + 1)
            else:
                opos = "eof"
            local.append(("differ", (p, i, ot[0] if ot else None, opos, rt[0] if rt else None, rpos)))
        with lock:
            for k, v in local:
                if k == "same":
                    st["same"] += 1
                    st["compared"] += 1
                elif k == "differ":
                    st["differ"].append(v)
                    st["compared"] += 1
                elif k == "rustg_rejects":
                    st["rustg_rejects"].append(v)
                    st["compared"] += 1
                else:
                    st[k].append(v)
            st["done"] += len(batch)
            progress(st["done"], len(files), t0)

    # Small runs: split so that every job gets work.
    size = max(1, min(args.batch, -(-len(files) // args.jobs)))
    bl = list(batches(files, size))
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        for f in concurrent.futures.as_completed([ex.submit(work, b) for b in bl]):
            f.result()
    print("", file=sys.stderr)
    elapsed = time.time() - t0
    write_compare_report(args, st, files, elapsed)
    return 0


def summarise(items, key, example):
    cats = {}
    for it in items:
        cats.setdefault(key(it), []).append(it)
    return sorted(cats.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def write_compare_report(args, st, files, elapsed):
    differ = sorted(st["differ"])
    rrej = sorted(st["rustg_rejects"])
    orej = sorted(st["oracle_rejects"], key=lambda v: v[0])
    crash = sorted(st["crash"])
    L = []
    L.append("rustg-vk lexer vs proc-macro2 (lex-oracle), token by token")
    L.append("rustg-vk: %s" % (args.label or args.rustg))
    L.append("corpus: %s%s" % (" ".join(args.only or args.roots),
                               (" (sample of %d)" % args.limit) if args.limit else ""))
    L.append("")
    L.append("files:                                   %d" % len(files))
    L.append("compared (oracle accepts):               %d" % st["compared"])
    L.append("  identical token streams:               %d" % st["same"])
    L.append("  differing token streams:               %d" % len(differ))
    L.append("  rejected by rustg-vk, oracle accepts:  %d (%d where a rustc test expects an error: //~)"
             % (len(rrej), sum(1 for v in rrej if v[2])))
    L.append("skipped, rejected by the oracle:         %d (rustg-vk rejects %d of them too)"
             % (len(orej), sum(1 for v in orej if v[2])))
    L.append("rustg-vk crashed / timed out / no output: %d" % len(crash))
    L.append("time: %.0fs (%.1f ms/file)" % (elapsed, 1000 * elapsed / max(1, len(files))))
    L.append("")

    def cat_differ(v):
        return "oracle %s / rustg-vk %s" % (token_class(v[2]), token_class(v[4]))

    def cat_reject(v):
        return error_class(v[1][0].split(" (at ")[0]) if v[1] else "(no diagnostic)"

    L.append("== differing token streams, by first difference (oracle token class / rustg-vk token class)")
    for cat, its in summarise(differ, cat_differ, None):
        L.append("%6d  %s" % (len(its), cat))
        for v in its[: args.examples]:
            L.append("          %s:%s  oracle: %s  rustg-vk: %s" % (v[0], v[3], vis(v[2]), vis(v[4])))
    L.append("")
    L.append("== rejected by rustg-vk but accepted by the oracle, by first error")
    for cat, its in summarise(rrej, cat_reject, None):
        L.append("%6d  %s" % (len(its), cat))
        for v in its[: args.examples]:
            L.append("          %s  %s%s" % (v[0], v[1][0] if v[1] else "",
                                             "  [rustc test expects an error here]" if v[2] else ""))
    L.append("")
    if crash:
        L.append("== rustg-vk crashed, timed out or printed nothing")
        for p, why in crash:
            L.append("        %s  %s" % (p, why))
        L.append("")
    summary = "\n".join(L)
    D = ["== every disagreement: FILE:LINE:COL (1-based) token# / oracle token / rustg-vk token"]
    for p, i, ot, opos, rt, rpos in differ:
        D.append("DIFF %s:%s token %d\n    oracle:   %s\n    rustg-vk: %s (at %s)" % (p, opos, i, vis(ot), vis(rt), rpos))
    for p, ds, exp in rrej:
        D.append("REJECT %s%s\n    %s" % (p, "  [rustc test expects an error here]" if exp else "",
                                         "\n    ".join(ds) if ds else "(no diagnostic)"))
    D.append("")
    D.append("== skipped: rejected by the oracle (tools/corpus.sh --rejects for details)")
    for p, pos, rj, ds in orej:
        at, why = oracle_error(pos)
        D.append("ORACLE-REJECTS %s%s (%s)  rustg-vk: %s" % (p, at, why,
                                                       ("rejects: " + "; ".join(ds)) if rj else "accepts"))
    os.makedirs(os.path.dirname(os.path.abspath(args.report)) or ".", exist_ok=True)
    with open(args.report, "w") as f:
        f.write(summary + "\n" + "\n".join(D) + "\n")
    print(summary)
    print("full report: %s" % args.report)


def rejects_mode(args, runner, files, t0):
    # The oracle is fast: run it over everything, then rustg-vk on its rejects.
    rejected = {}
    done = 0
    for b in batches(files, 2000, 1_000_000):
        res, errs = runner.run_oracle(b)
        for p in b:
            if res.get(p) is None:
                rejected[p] = errs.get(p, "")
        done += len(b)
        progress(done, len(files), t0, "(oracle)")
    print("", file=sys.stderr)
    paths = sorted(rejected)
    verdict = {}
    lock = threading.Lock()

    def work(batch):
        r, diags = runner.run_rustg(batch)
        with lock:
            for p in batch:
                verdict[p] = (r.get(p, "no output"), diags.get(p, []))

    bl = list(batches(paths, max(1, min(args.batch, -(-len(paths) // args.jobs)))))
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        for f in concurrent.futures.as_completed([ex.submit(work, b) for b in bl]):
            f.result()
    L = ["files rejected by proc-macro2 (lex-oracle), and what rustg-vk does with them",
         "rustg-vk: %s" % (args.label or args.rustg),
         "files scanned: %d, oracle rejects: %d" % (len(files), len(paths))]
    both = sum(1 for p in paths if verdict[p][0] is None)
    L.append("rustg-vk rejects too: %d, accepts: %d, crashed/other: %d" % (
        both, sum(1 for p in paths if isinstance(verdict[p][0], list)),
        sum(1 for p in paths if isinstance(verdict[p][0], str))))
    L.append("oracle's reasons, by what rustg-vk does:")
    cross = {}
    for p in paths:
        r = verdict[p][0]
        v = "rustg-vk rejects" if r is None else ("rustg-vk: " + r) if isinstance(r, str) else "rustg-vk accepts"
        k = (oracle_error(rejected[p])[1], v)
        cross[k] = cross.get(k, 0) + 1
    for (why, v), n in sorted(cross.items(), key=lambda kv: -kv[1]):
        L.append("%6d  %s, %s" % (n, why, v))
    ncross = len(cross) + 1
    codes = {}
    for p in paths:
        for d in verdict[p][1][:1]:
            codes[error_class(d.split(" (at ")[0])] = codes.get(error_class(d.split(" (at ")[0]), 0) + 1
    if codes:
        L.append("rustg-vk's first error on them:")
        for c, n in sorted(codes.items(), key=lambda kv: -kv[1]):
            L.append("%6d  %s" % (n, c))
    L.append("")
    for p in paths:
        r, ds = verdict[p]
        oracle_at, why = oracle_error(rejected[p])
        if r is None:
            v = "rustg-vk REJECTS: " + ("; ".join(ds) if ds else "(no diagnostic)")
        elif isinstance(r, str):
            v = "rustg-vk: " + r
        else:
            v = "rustg-vk ACCEPTS (%d tokens)" % len(r)
        L.append("%s%s  oracle: %s; %s" % (p, oracle_at, why, v))
    text = "\n".join(L) + "\n"
    report = args.report
    with open(report, "w") as f:
        f.write(text)
    print("\n".join(L[:5 + ncross + len(codes) + 1]))
    print("full list: %s" % report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
