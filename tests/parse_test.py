#!/usr/bin/env python3
"""parse_test.py RUSTG_VK FILE.rs...: the grammar-driven parser's derivation
(--emit=cst) of every FILE.rs must equal FILE.cst, its syntax tree
(--emit=ast) FILE.ast and also the fold of the derivation computed here, one
sibling list at a time (the GPU's fold, shaders/parse/tree_*.comp, works on
all elements at once); and every err_*.rs must be
rejected at the location rustc gives (the `-->` line of err_NAME.err,
recorded by tools/record-parse-errors.sh; the message is shown, not
compared, until the wording follows rustc's everywhere). One batched
rustg-vk process for all files, all in one folder. Dumps are reviewed by hand,
then committed (update them with --update, which leaves rustc's
recorded err_*.err alone)."""
import os
import re
import subprocess
import sys

GRAMMAR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools", "grammar", "rust.g")


def grammar_tags():
    text = open(GRAMMAR).read()
    tags = set(re.findall(r"\[([A-Z][A-Za-z]*)\]", text))
    m = re.search(r"^%suffix([^;]*);", text, re.M)
    return tags, set(m.group(1).split())


def read_tree(lines):
    """Dump lines to (text, children) by indentation (a literal that spans
    lines does not read back; tests/parse has none)."""
    root = ("", [])
    stack = [(-1, root)]
    for line in lines:
        if not line:
            continue
        depth = (len(line) - len(line.lstrip(" "))) // 2
        node = (line.strip(), [])
        while stack[-1][0] >= depth:
            stack.pop()
        stack[-1][1][1].append(node)
        stack.append((depth, node))
    return root[1]


def fold(children, tags, suffixes):
    """A suffix node takes the siblings back to the nearest operand (a
    node that is not a suffix, or a suffix that took one) as its left
    operand; terminals (texts that are not tags: a name spelled like a tag
    reads as a node here) are never operands."""
    out = []  # (text, children, is an operand)
    for text, kids in children:
        kids = fold(kids, tags, suffixes)
        if text in suffixes:
            h = len(out) - 1
            while h >= 0 and not out[h][2]:
                h -= 1
            if h >= 0:
                out[h:] = [(text, [(t, k) for t, k, _ in out[h:]] + kids, True)]
            else:
                out.append((text, kids, False))
        else:
            out.append((text, kids, text in tags))
    return [(t, k) for t, k, _ in out]


def show(tree, depth=0):
    return "".join("  " * depth + t + "\n" + show(k, depth + 1) for t, k in tree)


def run_dumps(rustg, kind, names, d, env):
    r = subprocess.run([rustg, "--emit=" + kind] + names, cwd=d, capture_output=True, text=True, errors="replace", env=env)
    if r.returncode not in (0, 1):
        print("rustg-vk exited %d\n%s" % (r.returncode, r.stderr))
        return None, r
    dumps, cur = {}, None
    for line in r.stdout.split("\n"):
        if line.startswith("# ") and line[2:] in names:
            cur = line[2:]
            dumps[cur] = []
        elif line == "# error" and cur:
            dumps[cur] = None
        elif cur is not None and dumps[cur] is not None:
            dumps[cur].append(line)
    return dumps, r


def main():
    update = "--update" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--update"]
    rustg, files = args[0], sorted(args[1:])
    d = os.path.dirname(os.path.abspath(files[0]))
    env = dict(os.environ)
    env.setdefault("VK_DRIVER_FILES", "/usr/share/vulkan/icd.d/lvp_icd.x86_64.json")
    names = [os.path.basename(f) for f in files]
    dumps, r = run_dumps(rustg, "cst", names, d, env)
    asts, ra = run_dumps(rustg, "ast", names, d, env)
    if dumps is None or asts is None:
        return 1
    tags, suffixes = grammar_tags()
    # Diagnostics come in file order on stderr: the first error line and
    # its ` --> file:line:col` line of each rejected file. A verdict is the
    # --emit=ast run's: the parser and the checks on its tree.
    errs = {}
    lines = ra.stderr.split("\n")
    for i, l in enumerate(lines):
        if l.startswith("error") and "aborting" not in l and i + 1 < len(lines) and "-->" in lines[i + 1]:
            f = lines[i + 1].split("-->")[1].strip().rsplit(":", 2)[0]
            errs.setdefault(f, l + "\n" + lines[i + 1].strip())
    failed = 0
    for n in names:
        base = os.path.join(d, n[:-3])
        if n.startswith("err_"):
            want_file, got = base + ".err", errs.get(n) if asts.get(n, 0) is None else None
            got = got if got is not None else "(accepted)"
        else:
            want_file = base + ".cst"
            got = "\n".join(dumps[n]).rstrip("\n") if dumps.get(n) is not None else "(rejected)\n" + errs.get(n, "")
        if update and n.startswith("err_"):
            pass  # rustc's own verdicts (tools/record-parse-errors.sh): never ours
        elif update:
            with open(want_file, "w") as f:
                f.write(got + "\n")
        want = open(want_file).read().rstrip("\n") if os.path.exists(want_file) else "(no expected file)"
        if n.startswith("err_"):  # the location must agree
            same = want.split("\n")[-1:] == got.split("\n")[-1:]
        else:
            same = want == got
        if not same:
            failed += 1
            print("%s: differs from %s\n--- expected\n%s\n--- got\n%s\n" % (n, want_file, want, got))
        if n.startswith("err_") or dumps.get(n) is None:
            continue
        ast = "\n".join(asts.get(n) or []).rstrip("\n")
        model = show(fold(read_tree(dumps[n]), tags, suffixes)).rstrip("\n")
        if update:
            with open(base + ".ast", "w") as f:
                f.write(ast + "\n")
        want = open(base + ".ast").read().rstrip("\n") if os.path.exists(base + ".ast") else "(no expected file)"
        for what, exp in (("%s.ast" % base, want), ("the fold of its derivation", model)):
            if ast != exp:
                failed += 1
                print("%s: --emit=ast differs from %s\n--- expected\n%s\n--- got\n%s\n" % (n, what, exp, ast))
    print("%d of %d parse cases differ" % (failed, len(names)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
