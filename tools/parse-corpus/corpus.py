#!/usr/bin/env python3
"""The parser's proof on real code: rustg-vk's accept/reject verdict
(--edition 2021 --emit=ast, the edition rustc runs with: the grammar-driven
parser and the syntax checks on its tree) against rustc's, file by file,
over Debian's rust-src library/ and the packaged crates.

  corpus.py record [--limit N] [--jobs J]   rustc's verdicts -> tests/parse/corpus-verdicts.txt
  corpus.py compare [--rustg PATH] [--only PREFIX] [--report PATH]

The oracle is nightly rustc parsing one file alone:
`rustc -Zparse-crate-root-only --edition 2021 FILE` (no name resolution, no
`mod x;` files). Its verdicts are recorded once and committed, so the
comparison needs no rustc. Paths are recorded relative to the corpus roots as
`rust-src/...` and `registry/...`.
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VERDICTS = os.path.join(ROOT, "tests", "parse", "corpus-verdicts.txt")


def roots():
    found = []
    for d in sorted(glob.glob("/usr/src/rustc-*/library")):
        found.append(("rust-src/" + os.path.basename(os.path.dirname(d)) + "/library", d))
    if os.path.isdir("/usr/share/cargo/registry"):
        found.append(("registry", "/usr/share/cargo/registry"))
    return found


def corpus_files():
    files = []
    for prefix, d in roots():
        for dirpath, dirnames, names in os.walk(d):
            dirnames.sort()
            for n in sorted(names):
                if n.endswith(".rs"):
                    full = os.path.join(dirpath, n)
                    files.append((prefix + "/" + os.path.relpath(full, d), full))
    return files


def resolve(rel):
    for prefix, d in roots():
        if rel.startswith(prefix + "/"):
            return os.path.join(d, rel[len(prefix) + 1:])
    return None


def sample(files, limit):
    if not limit or limit >= len(files):
        return files
    step = len(files) / limit
    return [files[int(i * step)] for i in range(limit)]


def rustc_verdict(path, rustc):
    try:
        r = subprocess.run([rustc, "-Zparse-crate-root-only", "--edition", "2021", "--crate-type", "lib",
                            "-o", os.devnull, path], capture_output=True, timeout=120)
        return "accept" if r.returncode == 0 else "reject"
    except subprocess.TimeoutExpired:
        return "reject"


def record(args):
    rustc = args.rustc
    version = subprocess.run([rustc, "--version"], capture_output=True, text=True).stdout.strip()
    files = sample(corpus_files(), args.limit)
    with ThreadPoolExecutor(args.jobs) as ex:
        verdicts = list(ex.map(lambda f: rustc_verdict(f[1], rustc), files))
    with open(VERDICTS, "w") as out:
        out.write("# rustc's verdicts (tools/parse-corpus/corpus.py record) by %s\n" % version)
        out.write("# `rustc -Zparse-crate-root-only --edition 2021` on each file alone; %d files\n" % len(files))
        for (rel, _), v in zip(files, verdicts):
            out.write("%s %s\n" % (v, rel))
    print("recorded %d verdicts (%d accepted) in %s" % (len(files), verdicts.count("accept"), VERDICTS))


def rustg_batch(rustg, paths, timeout):
    """Verdicts of one batched rustg-vk run: {path: (verdict, first error line)}."""
    env = dict(os.environ)
    env.setdefault("VK_DRIVER_FILES", "/usr/share/vulkan/icd.d/lvp_icd.x86_64.json")
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        try:
            r = subprocess.run([rustg, "--edition", "2021", "--emit=ast"] + paths, stdout=out, stderr=err, env=env, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
        out.seek(0)
        err.seek(0)
        result, cur = {}, None
        for line in out:
            if line.startswith(b"# "):
                text = line[2:].rstrip(b"\n").decode("utf-8", "replace")
                if text == "error" and cur:
                    result[cur] = ("reject", "")
                elif text in paths:
                    cur = text
                    result[cur] = ("accept", "")
        errors = err.read().decode("utf-8", "replace").split("\n")
        if r.returncode not in (0, 1) or len(result) != len(paths):
            return None
        # First diagnostic line per rejected file, for the report.
        rejected = [p for p in paths if result[p][0] == "reject"]
        msgs = [l for l in errors if l.startswith("error")]
        for p, m in zip(rejected, [m for m in msgs if "aborting" not in m]):
            result[p] = ("reject", m)
        return result


def compare(args):
    entries = []
    with open(VERDICTS) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            v, rel = line.rstrip("\n").split(" ", 1)
            if args.only and not rel.startswith(args.only):
                continue
            path = resolve(rel)
            if path and os.path.exists(path):
                entries.append((rel, path, v))
    missing = 0
    paths = [e[1] for e in entries]
    got = {}
    batches = [paths[i:i + args.batch] for i in range(0, len(paths), args.batch)]

    def run(batch):
        r = rustg_batch(args.rustg, batch, args.batch * 10)
        if r is None:  # a crash or hang: file by file, to name the culprit
            r = {}
            for p in batch:
                one = rustg_batch(args.rustg, [p], 60)
                r[p] = one[p] if one else ("crash", "crash or hang")
        return r

    with ThreadPoolExecutor(args.jobs) as ex:
        for r in ex.map(run, batches):
            got.update(r)
    agree = {}
    lines = []
    for rel, path, v in entries:
        mine, msg = got.get(path, ("missing", ""))
        area = "library" if rel.startswith("rust-src/") else "registry"
        a, n = agree.get(area, (0, 0))
        ok = mine == v
        agree[area] = (a + ok, n + 1)
        if not ok:
            lines.append("%s: rustc %s, rustg-vk %s %s" % (rel, v, mine, msg))
    total_a = sum(a for a, _ in agree.values())
    total_n = sum(n for _, n in agree.values())
    summary = ["accept/reject agreement with rustc: %d/%d (%.2f%%)" % (total_a, total_n, 100.0 * total_a / max(total_n, 1))]
    for area, (a, n) in sorted(agree.items()):
        summary.append("  %s: %d/%d (%.2f%%)" % (area, a, n, 100.0 * a / max(n, 1)))
    report = args.report or os.path.join(ROOT, "build", "parse-corpus-report.txt")
    os.makedirs(os.path.dirname(report), exist_ok=True)
    with open(report, "w") as f:
        f.write("\n".join(summary) + "\n\nDisagreements:\n" + "\n".join(lines) + "\n")
    print("\n".join(summary))
    print("report: %s" % report)
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("record")
    r.add_argument("--limit", type=int, default=0)
    r.add_argument("--jobs", type=int, default=os.cpu_count())
    r.add_argument("--rustc", default=os.path.expanduser("~/.rustup/toolchains/nightly-x86_64-unknown-linux-gnu/bin/rustc"))
    c = sub.add_parser("compare")
    c.add_argument("--rustg", default=os.path.join(ROOT, "build", "rustg-vk"))
    c.add_argument("--only", default="")
    c.add_argument("--report", default="")
    c.add_argument("--batch", type=int, default=200)
    c.add_argument("--jobs", type=int, default=max(1, (os.cpu_count() or 2) // 2))
    a = ap.parse_args()
    return record(a) if a.cmd == "record" else compare(a)


if __name__ == "__main__":
    sys.exit(main())
