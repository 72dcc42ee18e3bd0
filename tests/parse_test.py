#!/usr/bin/env python3
"""parse_test.py RUSTG_VK FILE.rs...: the grammar-driven parser's tree
(--emit=cst) of every FILE.rs must equal FILE.cst, and every err_*.rs must be
rejected at the location rustc gives (the `-->` line of err_NAME.err,
recorded by tools/record-parse-errors.sh; the message is shown, not
compared, until the wording follows rustc's everywhere). One batched
rustg-vk process for all files, all in one folder. Dumps are reviewed by hand,
then committed (update them with --update, which leaves rustc's
recorded err_*.err alone)."""
import os
import subprocess
import sys


def main():
    update = "--update" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--update"]
    rustg, files = args[0], sorted(args[1:])
    d = os.path.dirname(os.path.abspath(files[0]))
    env = dict(os.environ)
    env.setdefault("VK_DRIVER_FILES", "/usr/share/vulkan/icd.d/lvp_icd.x86_64.json")
    names = [os.path.basename(f) for f in files]
    r = subprocess.run([rustg, "--emit=cst"] + names, cwd=d, capture_output=True, text=True, env=env)
    if r.returncode not in (0, 1):
        print("rustg-vk exited %d\n%s" % (r.returncode, r.stderr))
        return 1
    dumps, cur = {}, None
    for line in r.stdout.split("\n"):
        if line.startswith("# ") and line[2:] in names:
            cur = line[2:]
            dumps[cur] = []
        elif line == "# error" and cur:
            dumps[cur] = None
        elif cur is not None and dumps[cur] is not None:
            dumps[cur].append(line)
    # Diagnostics come in file order on stderr: the first error line and
    # its ` --> file:line:col` line of each rejected file.
    errs = {}
    lines = r.stderr.split("\n")
    for i, l in enumerate(lines):
        if l.startswith("error") and "aborting" not in l and i + 1 < len(lines) and "-->" in lines[i + 1]:
            f = lines[i + 1].split("-->")[1].strip().rsplit(":", 2)[0]
            errs.setdefault(f, l + "\n" + lines[i + 1].strip())
    failed = 0
    for n in names:
        base = os.path.join(d, n[:-3])
        if n.startswith("err_"):
            want_file, got = base + ".err", errs.get(n) if dumps.get(n, 0) is None else None
            got = got if got is not None else "(accepted)"
        else:
            want_file = base + ".cst"
            got = "\n".join(dumps[n]).rstrip("\n") if dumps.get(n) is not None else "(rejected)\n" + errs.get(n, "")
        if update and n.startswith("err_"):
            pass  # rustc's own verdicts (tools/record-parse-errors.sh): never ours
        elif update:
            with open(want_file, "w") as f:
                f.write(got + "\n")
            continue
        want = open(want_file).read().rstrip("\n") if os.path.exists(want_file) else "(no expected file)"
        if n.startswith("err_"):  # the location must agree
            same = want.split("\n")[-1:] == got.split("\n")[-1:]
        else:
            same = want == got
        if not same:
            failed += 1
            print("%s: differs from %s\n--- expected\n%s\n--- got\n%s\n" % (n, want_file, want, got))
    print("%d of %d parse cases differ" % (failed, len(names)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
