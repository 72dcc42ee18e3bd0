#!/usr/bin/env python3
"""The parser's tree shapes against syn's, file by file, over the files rustc
accepts in tests/parse/corpus-verdicts.txt (Debian's rust-src library/ and the
packaged crates).

  shape.py [--rustg PATH] [--oracle PATH] [--only PREFIX] [--limit N] [--report PATH]

(`make parse-corpus` runs it after the accept/reject comparison.)

syn (tools/shape-oracle, syn 1 with `full`, built offline from Debian's crate
sources) lists every expression and item it parses with its class and span.
rustg-vk's --emit=ast-spans gives every node of its tree with its byte range.
A file's shapes agree when every syn expression has a node of rustg-vk's at
exactly its span, of the matching kind where the kind carries the shape
(operators, casts, ranges, calls, field and index, closures, let, if), and
every syn item has a node at its span (less a trailing `;`) and a node of the
item's kind at its keyword. Both sides are trees over the same tokens, so a
different grouping anywhere (`a - (b - c)` for `(a - b) - c`, `x as (u8 < y)`)
leaves some syn span without a node: agreement on every span is agreement on
the bracketing. rustg-vk's tree may hold more nodes than syn's (patterns,
types, format arguments), which this does not compare.

Deviations of rustg-vk's tree that a later pass regroups, accepted here and
counted in the report: an else-if chain is flat (Else[Else[If, If], Block]),
so a syn `if` nested as an else branch matches an If at its start and an Else
ending at its end; `x as fn() -> T` is Ret[Cast[x, fn()], T] (LLP(1,1)
cannot give a cast's type its own `->`: the pair (T, `as`) would need two
stack changes); `t.0.1` is one Dot over the lexer's float token `0.1`,
where syn has Field[Field[t, 0], 1].
"""
import argparse
import bisect
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus  # noqa: E402

ROOT = corpus.ROOT

BINARY = {"+": "Add", "-": "Sub", "*": "Mul", "/": "Div", "%": "Rem", "&&": "And", "||": "Or", "^": "BitXor",
          "&": "BitAnd", "|": "BitOr", "<<": "Shl", ">>": "Shr", "==": "Eq", "!=": "Ne", "<": "Lt", "<=": "Le",
          ">": "Gt", ">=": "Ge"}
ASSIGN_OPS = {"+=": "AddAssign", "-=": "SubAssign", "*=": "MulAssign", "/=": "DivAssign", "%=": "RemAssign",
              "^=": "XorAssign", "&=": "AndAssign", "|=": "OrAssign", "<<=": "ShlAssign", ">>=": "ShrAssign"}
UNARY = {"-": "Neg", "!": "Not", "*": "Deref"}
# syn class -> rustg-vk node names that may stand at the same span.
NAMED = {"assign": {"Assign"}, "cast": {"Cast"}, "try": {"Try"}, "await": {"Dot"}, "field": {"Dot"},
         "methodcall": {"Call"}, "call": {"Call"}, "index": {"Index"}, "closure": {"Closure", "Move"},
         "let": {"Assign", "Let"}, "ref": {"Ref", "RefRef", "RefClosure"},
         "refmut": {"Ref", "RefRef", "RefClosure"}}
# `t.0.1`: syn splits the float token `0.1`; rustg-vk's tree keeps one Dot.
TUPLE_INDEX = re.compile(rb"\.[0-9]+")
ITEM_NODES = {"fn": {"Fn"}, "struct": {"Struct"}, "enum": {"Enum"}, "union": {"Name"}, "trait": {"Trait"},
              "traitalias": {"Trait"}, "impl": {"Impl"}, "type": {"TypeAlias"}, "const": {"Const"},
              "static": {"Static"}, "mod": {"Mod"}, "use": {"Use"}, "externcrate": {"Extern"},
              "foreignmod": {"Extern"}, "macro": {"MacCall", "Macro"}}


def expected_names(cls):
    """rustg-vk names for a syn expression class; None: any node will do."""
    kind, _, rest = cls.partition(":")
    if kind == "bin":
        return {BINARY[rest]} if rest in BINARY else None
    if kind == "assignop":
        return {ASSIGN_OPS[rest]} if rest in ASSIGN_OPS else None
    if kind == "unary":
        return {UNARY[rest]} if rest in UNARY else None
    if kind == "range":
        limits, _, flags = rest.partition(",")
        start = "nofrom" not in flags.split(",")
        if limits == "..=":
            return {"RangeIncl" if start else "RangeToIncl"}
        return {"Range" if start else "RangeTo"}
    return NAMED.get(kind)


class Source:
    """Byte offsets of proc-macro2's line:column (1-based lines, 0-based
    columns in chars) in one file."""

    def __init__(self, data):
        self.data = data
        self.starts = [0] + [i + 1 for i, b in enumerate(data) if b == 10]
        self.bom = data.startswith(b"\xef\xbb\xbf")
        self.lines = {}

    def offset(self, pos):
        line, col = pos.split(":")
        line, col = int(line), int(col)
        if line < 1 or line > len(self.starts):
            return -1
        if line == 1 and self.bom:  # syn parses the text after the BOM
            col += 1
        text = self.lines.get(line)
        if text is None:
            s = self.starts[line - 1]
            e = self.starts[line] if line < len(self.starts) else len(self.data)
            text = self.lines[line] = self.data[s:e].decode("utf-8", "replace")
        return self.starts[line - 1] + len(text[:col].encode("utf-8"))


class Tree:
    """rustg-vk's nodes of one file: span -> names, and names by start/end."""

    def __init__(self):
        self.spans = {}
        self.starts = {}
        self.ends = {}

    def add(self, name, lo, hi):
        self.spans.setdefault((lo, hi), set()).add(name)
        self.starts.setdefault(lo, set()).add(name)
        self.ends.setdefault(hi, set()).add(name)


def parse_tree(lines):
    t = Tree()
    for line in lines:
        parts = line.split()
        if len(parts) == 3 and parts[0][:1].isupper() and parts[1].isdigit() and parts[2].isdigit():
            t.add(parts[0], int(parts[1]), int(parts[2]))
    return t


def check_file(records, tree, src):
    """The first disagreement, or None; deviations counted in dev."""
    dev = {}
    for rec in records:
        f = rec.split()
        if f[0] == "E":
            cls, lo, hi = f[1], src.offset(f[2]), src.offset(f[3])
            names = tree.spans.get((lo, hi))
            want = expected_names(cls)
            if cls == "if" and names is None and "If" in tree.starts.get(lo, ()) and "Else" in tree.ends.get(hi, ()):
                dev["flat else-if chain"] = dev.get("flat else-if chain", 0) + 1
                continue
            m = TUPLE_INDEX.match(src.data, hi) if cls == "field" and names is None else None
            if m and "Dot" in tree.spans.get((lo, m.end()), ()):
                dev["tuple index chain in one Dot"] = dev.get("tuple index chain in one Dot", 0) + 1
                continue
            if cls in ("ref", "refmut") and names is None and src.data[lo - 1:lo + 1] == b"&&":
                names = tree.spans.get((lo - 1, hi))  # `&&x`: one token, one node
                want = {"RefRef"}
            if names is None:
                return "no node at syn's %s %s..%s" % (cls, f[2], f[3]), dev
            if cls == "cast" and "Ret" in names and "Cast" in tree.starts.get(lo, ()):
                dev["cast to a type with `->`"] = dev.get("cast to a type with `->`", 0) + 1
                continue
            if want is not None and not (names & want) and src.data[lo:lo + 1] == b"#":
                # `#[attr] e`: syn's span holds the attributes, an Attr node
                # does here, and e is the node that ends with it.
                if "Attr" in names and tree.ends.get(hi, set()) & want:
                    continue
            if want is not None and not (names & want):
                return "syn's %s %s..%s is rustg-vk's %s" % (cls, f[2], f[3], "/".join(sorted(names))), dev
        elif f[0] == "I":
            kind, kw, lo, hi = f[1], src.offset(f[2]), src.offset(f[3]), src.offset(f[4])
            names = tree.spans.get((lo, hi))
            if names is None and src.data[hi - 1:hi] == b";":  # `struct S(u8) ;`: the item less its `;`
                names = tree.spans.get((lo, len(src.data[:hi - 1].rstrip())))
            if names is None:
                return "no node at syn's item %s %s..%s" % (kind, f[3], f[4]), dev
            want = ITEM_NODES.get(kind)
            if want is not None and not (tree.starts.get(kw, set()) & want):
                return "no %s node at syn's %s keyword %s" % ("/".join(sorted(want)), kind, f[2]), dev
    return None, dev


def split_files(stream, paths):
    """Lines of a `# PATH`-separated dump, by path (None: that run failed)."""
    out, cur = {}, None
    for raw in stream:
        line = raw.decode("utf-8", "replace").rstrip("\n")
        if line.startswith("# "):
            text = line[2:]
            if text == "error" and cur is not None:
                out[cur] = None
                cur = None
                continue
            if text in paths:
                cur = text
                out[cur] = []
                continue
        if cur is not None:
            out[cur].append(line)
    return out


def oracle_records(oracle, paths):
    """syn's verdict and records per file: {path: (ok, records or message)}."""
    r = subprocess.run([oracle], input="\n".join(paths) + "\n", capture_output=True, text=True, timeout=600)
    out, cur = {}, None
    for line in r.stdout.split("\n"):
        if line.startswith("file "):
            cur = line[5:]
            out[cur] = (False, "no verdict")
        elif cur is None:
            continue
        elif line == "ok":
            out[cur] = (True, [])
        elif line.startswith("error"):
            out[cur] = (False, line)
        elif line == "end":
            cur = None
        elif out[cur][0]:
            out[cur][1].append(line)
    return out


def rustg_trees(rustg, paths, timeout):
    env = dict(os.environ)
    env.setdefault("VK_DRIVER_FILES", "/usr/share/vulkan/icd.d/lvp_icd.x86_64.json")
    with tempfile.TemporaryFile() as out:
        try:
            subprocess.run([rustg, "--edition", "2021", "--emit=ast-spans"] + paths, stdout=out, stderr=subprocess.DEVNULL, env=env,
                           timeout=timeout)
        except subprocess.TimeoutExpired:
            return {}
        out.seek(0)
        return split_files(out, set(paths))


def run_batch(args, batch):
    syn = oracle_records(args.oracle, [p for _, p in batch])
    mine = rustg_trees(args.rustg, [p for _, p in batch], 60 * len(batch))
    results = []
    for rel, path in batch:
        ok, recs = syn.get(path, (False, "no verdict"))
        lines = mine.get(path)
        if not ok:
            results.append((rel, "syn rejects", recs, {}))
        elif lines is None:
            results.append((rel, "rustg-vk rejects", "", {}))
        else:
            with open(path, "rb") as f:
                src = Source(f.read())
            diff, dev = check_file(recs, parse_tree(lines), src)
            results.append((rel, "differ" if diff else "same", diff or "", dev))
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rustg", default=os.path.join(ROOT, "build", "rustg-vk"))
    ap.add_argument("--oracle", default="", help="default: built by tools/shape-oracle/build.sh into build/")
    ap.add_argument("--only", default="")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--report", default=os.path.join(ROOT, "build", "shape-report.txt"))
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--jobs", type=int, default=max(1, (os.cpu_count() or 2) // 2))
    args = ap.parse_args()
    if not args.oracle:
        build = subprocess.run([os.path.join(ROOT, "tools", "shape-oracle", "build.sh"),
                                os.path.join(ROOT, "build", "shape-oracle")], stdout=subprocess.PIPE, text=True)
        if build.returncode != 0:
            return 1
        args.oracle = build.stdout.strip().split("\n")[-1]
    entries = []
    with open(corpus.VERDICTS) as f:
        for line in f:
            if line.startswith("accept ") and line[7:].startswith(args.only):
                rel = line[7:].rstrip("\n")
                path = corpus.resolve(rel)
                if path and os.path.exists(path):
                    entries.append((rel, path))
    entries = corpus.sample(entries, args.limit)
    batches = [entries[i:i + args.batch] for i in range(0, len(entries), args.batch)]
    results = []
    with ThreadPoolExecutor(args.jobs) as ex:
        for r in ex.map(lambda b: run_batch(args, b), batches):
            results.extend(r)
    counts, devs = {}, {}
    for _, verdict, _, dev in results:
        counts[verdict] = counts.get(verdict, 0) + 1
        for k, v in dev.items():
            devs[k] = devs.get(k, 0) + v
    both = counts.get("same", 0) + counts.get("differ", 0)
    summary = ["tree shapes against syn 1 (tools/shape-oracle) on %d files rustc accepts:" % len(results),
               "  both parse %d: identical %d (%.2f%%), differ %d" % (
                   both, counts.get("same", 0), 100.0 * counts.get("same", 0) / max(both, 1), counts.get("differ", 0)),
               "  not compared: syn 1 rejects %d, rustg-vk rejects %d" % (
                   counts.get("syn rejects", 0), counts.get("rustg-vk rejects", 0))]
    for k, v in sorted(devs.items()):
        summary.append("  accepted deviation, %s: %d" % (k, v))
    lines = ["%s: %s %s" % (rel, verdict, msg) for rel, verdict, msg, _ in results if verdict != "same"]
    os.makedirs(os.path.dirname(args.report), exist_ok=True)
    with open(args.report, "w") as f:
        f.write("\n".join(summary) + "\n\nFiles not identical:\n" + "\n".join(lines) + "\n")
    print("\n".join(summary))
    print("report: %s" % args.report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
