#!/usr/bin/env python3
"""rustg-vk's --error-format=json and =short against rustc's, for one case.

    json_test.py RUSTG_VK tests/json/NAME.rs

Expected files (tools/record-json.sh, from rustc): NAME.json, NAME.ansi.json
(--json=diagnostic-rendered-ansi) and NAME.short. The compile runs in the
case's folder with the bare file name, as they were recorded.

Compared, per diagnostic in order (their number must agree too):
  $message_type, message, level, code.code (or both null);
  every primary span: file_name, byte_start, byte_end, line_start, line_end,
  column_start, column_end, is_primary, and text (the source lines with
  highlight_start/highlight_end: they follow from the span);
  children: each one rustg-vk emits must be one of rustc's, in rustc's order
  (level, message; for one with a span, its primary span and
  suggested_replacement as above);
  the trailer objects (`aborting due to N previous errors`, the
  `rustc --explain` failure-notes) compare as diagnostics like the others.
  rendered: must be exactly what rustg-vk's human format prints for the
  same compile (and the ANSI one, stripped of colours, the same); equal to
  rustc's own rendered, plain and ANSI, for the cases in EXACT_RENDERED.
Short format: the same number of lines; each diagnostic's line must start
  with rustc's line less its `: LABEL` tail (the label of rustc's primary
  span); the summary line must be equal.
Not compared, and why:
  code.explanation: rustc's is its error index's text; ours is null.
  span labels, and rendered outside EXACT_RENDERED: some of rustc's labels
  print its own constant folding (`200_u8 + 100_u8`) where ours quote the
  source, and rustg-vk shows no secondary spans ("first assignment to `x`")
  nor the children that carry a suggestion's diff.
  secondary spans, and rustc's children that rustg-vk does not emit.
  warnings: rustg-vk has no warn-by-default lints yet; rustc's warning
  objects are dropped and `; N warnings emitted` is cut from its summary.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

# Cases whose rendering is rustc's byte for byte, plain and ANSI.
EXACT_RENDERED = {"mismatch_if_condition", "unresolved_function", "empty_file"}

SPAN_FIELDS = ("file_name", "byte_start", "byte_end", "line_start", "line_end",
               "column_start", "column_end", "is_primary", "text")
ANSI = re.compile(r"\x1b\[[0-9;]*m")

problems = []


def problem(msg):
    problems.append(msg)


def run(binary, name, args, workdir):
    out = os.path.join(workdir, "out")
    p = subprocess.run([binary, *args, name + ".rs", "-o", out], stdin=subprocess.DEVNULL,
                       capture_output=True, timeout=300)
    err = p.stderr.decode("utf-8", "replace")
    if "Validation" in err:
        problem(f"{' '.join(args) or 'human'}: Vulkan validation messages:\n{err}")
    if p.returncode != 1:
        problem(f"{' '.join(args) or 'human'}: exit code {p.returncode}, expected 1")
    if os.path.exists(out):
        problem(f"{' '.join(args) or 'human'}: an output file was written")
    return err


def parse_json_lines(text, what):
    objs = []
    for i, line in enumerate(text.splitlines(), 1):
        try:
            objs.append(json.loads(line))
        except json.JSONDecodeError as e:
            problem(f"{what}: line {i} is not JSON ({e}): {line[:200]}")
    return objs


def drop_warnings(objs):
    kept = [o for o in objs if o.get("level") != "warning"]
    for o in kept:
        if o.get("message", "").startswith("aborting due to"):
            o["message"] = re.sub(r"; \d+ warnings? emitted$", "", o["message"])
    return kept


def primary_spans(d):
    return [s for s in d.get("spans", []) if s.get("is_primary")]


def compare_spans(where, want, got):
    if len(want) != len(got):
        problem(f"{where}: {len(got)} primary spans, rustc has {len(want)}")
        return
    for k, (w, g) in enumerate(zip(want, got)):
        for f in SPAN_FIELDS:
            if w.get(f) != g.get(f):
                problem(f"{where}: span {k} {f}: expected {w.get(f)!r}, got {g.get(f)!r}")


def code_of(d):
    return d["code"]["code"] if isinstance(d.get("code"), dict) else None


def compare_diag(where, w, g):
    for f in ("$message_type", "message", "level"):
        if w.get(f) != g.get(f):
            problem(f"{where}: {f}: expected {w.get(f)!r}, got {g.get(f)!r}")
    if code_of(w) != code_of(g):
        problem(f"{where}: code.code: expected {code_of(w)!r}, got {code_of(g)!r}")
    compare_spans(where, primary_spans(w), primary_spans(g))
    # our children: a subsequence of rustc's
    theirs = w.get("children", [])
    at = 0
    for ch in g.get("children", []):
        while at < len(theirs) and (theirs[at]["level"], theirs[at]["message"]) != (ch["level"], ch["message"]):
            at += 1
        if at == len(theirs):
            problem(f"{where}: child {ch['level']}: {ch['message']!r} is not one of rustc's (in order)")
            break
        if ch.get("spans"):
            compare_spans(f"{where}: child {ch['message']!r}", primary_spans(theirs[at]), primary_spans(ch))
            ours = [s.get("suggested_replacement") for s in primary_spans(ch)]
            want = [s.get("suggested_replacement") for s in primary_spans(theirs[at])]
            if ours != want:
                problem(f"{where}: child {ch['message']!r} replacement: expected {want!r}, got {ours!r}")
        at += 1


def compare_all(what, want, got):
    if len(want) != len(got):
        problem(f"{what}: {len(got)} diagnostics, rustc printed {len(want)}:\n  rustc: "
                + "\n  rustc: ".join(d.get("message", "?") for d in want) + "\n  ours:  "
                + "\n  ours:  ".join(d.get("message", "?") for d in got))
    for i, (w, g) in enumerate(zip(want, got)):
        compare_diag(f"{what} #{i} ({w.get('message', '?')[:50]})", w, g)


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    case = os.path.abspath(sys.argv[2])
    folder, name = os.path.dirname(case), os.path.basename(case)[:-3]
    os.chdir(folder)
    os.environ.setdefault("VK_DRIVER_FILES", "/usr/share/vulkan/icd.d/lvp_icd.x86_64.json")
    if os.path.exists("/usr/share/vulkan/explicit_layer.d/VkLayer_khronos_validation.json"):
        os.environ["RUSTG_VK_VALIDATE"] = "1"

    with open(name + ".json", encoding="utf-8") as f:
        want = drop_warnings(parse_json_lines(f.read(), name + ".json"))
    with open(name + ".ansi.json", encoding="utf-8") as f:
        want_ansi = drop_warnings(parse_json_lines(f.read(), name + ".ansi.json"))
    with open(name + ".short", encoding="utf-8") as f:
        want_short = f.read().splitlines()

    with tempfile.TemporaryDirectory() as work:
        human = run(binary, name, [], work)
        got = parse_json_lines(run(binary, name, ["--error-format=json"], work), "json")
        got_ansi = parse_json_lines(run(binary, name, ["--error-format=json", "--json=diagnostic-rendered-ansi"],
                                        work), "json ansi")
        short = run(binary, name, ["--error-format=short"], work).splitlines()

    compare_all("json", want, got)
    compare_all("json ansi", want_ansi, got_ansi)

    rendered = "".join(d.get("rendered") or "" for d in got)
    if rendered != human:
        problem(f"json: the rendered fields are not the human output:\n--- rendered\n{rendered}--- human\n{human}")
    plain = "".join(ANSI.sub("", d.get("rendered") or "") for d in got_ansi)
    if plain != rendered:
        problem(f"json ansi: rendered without colours differs from the plain one:\n{plain}")
    if name in EXACT_RENDERED:
        for what, w, g in (("json", want, got), ("json ansi", want_ansi, got_ansi)):
            for i, (a, b) in enumerate(zip(w, g)):
                if a.get("rendered") != b.get("rendered"):
                    problem(f"{what} #{i}: rendered: expected {a.get('rendered')!r}\n  got {b.get('rendered')!r}")

    # short: rustc's lines less the labels, as prefixes of ours
    labels = []
    for d in want:
        ps = primary_spans(d)
        labels.append(ps[0].get("label") if ps else None)
    want_short = [l for l in want_short if ": warning: " not in l and not l.startswith("warning: ")]
    want_short = [re.sub(r"; \d+ warnings? emitted$", "", l) for l in want_short]
    if len(want_short) != len(short):
        problem(f"short: {len(short)} lines, rustc printed {len(want_short)}:\n" + "\n".join(short))
    for i, (w, g) in enumerate(zip(want_short, short)):
        label = labels[i] if i < len(labels) else None
        if w.startswith("error: aborting due to"):
            if w != g:
                problem(f"short line {i + 1}: expected {w!r}, got {g!r}")
            continue
        if label and w.endswith(": " + label):
            w = w[: -len(label) - 2]
        if not (g == w or g.startswith(w + ": ")):
            problem(f"short line {i + 1}: expected {w!r} (then an optional ': label'), got {g!r}")

    if problems:
        for p in problems:
            print(p)
        print(f"FAIL json/{name}")
        return 1
    print(f"PASS json/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
