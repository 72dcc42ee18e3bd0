#!/usr/bin/env bash
# Benchmark rustg-vk on generated programs of ~1K, 10K and 130K lines.
#
# usage: bench/run.sh RUSTG_VK_BINARY [--sizes 1000,10000,130000] [--runs 3]
#                     [--seed 42] [--timeout 600] [--keep] [--no-rustc]
#
# For each size: generate bench/gen_program.py SIZE SEED, run
#   RUSTG_VK --time-passes FILE.rs -o OUT
# RUNS times (wall clock measured here, peak RSS from /usr/bin/time -v),
# parse the `phase totals (ms):` and `host: ... gpu: ... wall: ...` lines the
# compiler prints on stderr, and when rustc is on PATH time
# `rustc -C opt-level=0 -A warnings` on the same file. Medians are reported.
# A size that rustg-vk fails to compile shows its first error lines instead of
# numbers. Needs bash, python3, coreutils; /usr/bin/time is optional.
set -u

here=$(cd "$(dirname "$0")" && pwd)
sizes=1000,10000,130000
runs=3
seed=42
tmo=600
keep=0
use_rustc=1
bin=

while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --sizes=*) sizes=${1#*=}; shift ;;
    --runs) runs=$2; shift 2 ;;
    --runs=*) runs=${1#*=}; shift ;;
    --seed) seed=$2; shift 2 ;;
    --seed=*) seed=${1#*=}; shift ;;
    --timeout) tmo=$2; shift 2 ;;
    --timeout=*) tmo=${1#*=}; shift ;;
    --keep) keep=1; shift ;;
    --no-rustc) use_rustc=0; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) if [ -z "$bin" ]; then bin=$1; shift; else echo "run.sh: extra argument $1" >&2; exit 2; fi ;;
  esac
done

if [ -z "$bin" ]; then
  echo "usage: bench/run.sh RUSTG_VK_BINARY [--sizes 1000,10000,130000] [--runs N] [--seed N]" >&2
  exit 2
fi
case "$bin" in */*) ;; *) bin=$(command -v "$bin" || echo "$bin") ;; esac
if [ ! -x "$bin" ]; then
  echo "run.sh: $bin is not an executable" >&2
  exit 2
fi
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
command -v python3 >/dev/null || { echo "run.sh: python3 is required" >&2; exit 2; }

have_time=0
if [ -z "${BENCH_NO_TIME:-}" ] && command -v /usr/bin/time >/dev/null 2>&1 &&
   /usr/bin/time -v true >/dev/null 2>&1; then
  have_time=1
fi
rustc_bin=
if [ "$use_rustc" = 1 ]; then rustc_bin=$(command -v rustc || true); fi

work=$(mktemp -d "${TMPDIR:-/tmp}/rustg-bench.XXXXXX")
if [ "$keep" = 1 ]; then
  echo "run.sh: keeping files in $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi

now_ns() { date +%s%N; }

# measure DIR TAG CMD...: runs CMD once, writing TAG.{rc,wall,rss,err,out}
# (wall in ms, rss in KB, err = stderr of CMD, out = stdout of CMD).
measure() {
  local dir=$1 tag=$2; shift 2
  local t0 t1 rc
  if [ "$have_time" = 1 ]; then
    t0=$(now_ns)
    timeout "$tmo" /usr/bin/time -v -o "$dir/$tag.time" "$@" \
      >"$dir/$tag.out" 2>"$dir/$tag.err"
    rc=$?
    t1=$(now_ns)
    echo $(( (t1 - t0) / 1000 )) >"$dir/$tag.wall_us"
    sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): *//p' \
      "$dir/$tag.time" >"$dir/$tag.rss" 2>/dev/null
  else
    # Fallback: a python parent measures wall time and the child's peak RSS.
    python3 - "$dir/$tag" "$tmo" "$@" <<'PY'
import resource, subprocess, sys, time
base, tmo, cmd = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
with open(base + ".out", "wb") as o, open(base + ".err", "wb") as e:
    t0 = time.perf_counter()
    try:
        rc = subprocess.run(cmd, stdout=o, stderr=e, timeout=tmo).returncode
    except subprocess.TimeoutExpired:
        rc = 124
    t1 = time.perf_counter()
open(base + ".wall_us", "w").write("%d\n" % int((t1 - t0) * 1e6))
open(base + ".rss", "w").write("%d\n" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(rc if rc >= 0 else 128 - rc)
PY
    rc=$?
  fi
  echo "$rc" >"$dir/$tag.rc"
  return "$rc"
}

IFS=, read -r -a size_list <<<"$sizes"
echo "rustg-vk: $bin" >&2
[ -n "$rustc_bin" ] && echo "rustc:    $rustc_bin ($("$rustc_bin" --version 2>/dev/null))" >&2
[ "$have_time" = 1 ] || echo "note: /usr/bin/time not found; measuring with python" >&2

for n in "${size_list[@]}"; do
  d=$work/$n
  mkdir -p "$d"
  python3 "$here/gen_program.py" "$n" "$seed" >"$d/prog.rs" || { echo "run.sh: generator failed" >&2; exit 1; }
  wc -l <"$d/prog.rs" >"$d/lines"
  wc -c <"$d/prog.rs" >"$d/bytes"
  echo "size $n: $(cat "$d/lines") lines, $(cat "$d/bytes") bytes" >&2
  for ((i = 1; i <= runs; i++)); do
    echo "  rustg-vk run $i" >&2
    measure "$d" "rg$i" "$bin" --time-passes "$d/prog.rs" -o "$d/rg.bin"
    rc=$?
    # an unfinished compiler fails the same way every time: stop after one
    [ "$rc" = 0 ] || break
  done
  if [ "$(cat "$d/rg1.rc")" = 0 ] && [ -x "$d/rg.bin" ]; then
    timeout 60 "$d/rg.bin" >"$d/rg.stdout" 2>/dev/null
    echo $? >"$d/rg.runrc"
  fi
  if [ -n "$rustc_bin" ]; then
    for ((i = 1; i <= runs; i++)); do
      echo "  rustc run $i" >&2
      measure "$d" "rc$i" "$rustc_bin" -C opt-level=0 -A warnings "$d/prog.rs" -o "$d/rc.bin" || break
    done
    if [ -x "$d/rc.bin" ]; then
      timeout 60 "$d/rc.bin" >"$d/rc.stdout" 2>/dev/null
      echo $? >"$d/rc.runrc"
    fi
  fi
done

python3 - "$work" "$runs" "$sizes" <<'PY'
import os, re, statistics, sys

work, runs, sizes = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(",")

def read(path, default=None):
    try:
        with open(path, errors="replace") as f:
            return f.read()
    except OSError:
        return default

def num(s):
    try:
        return float(s)
    except (TypeError, ValueError):
        return None

def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None

PHASE_RE = re.compile(r"phase totals \(ms\):(.*)$")
PAIR_RE = re.compile(r"([A-Za-z_][\w.-]*)\s*[:=]?\s*(-?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?)")
HOST_RE = re.compile(r"host:\s*([0-9.]+)\s*ms\s+gpu:\s*([0-9.]+)\s*ms\s+wall:\s*([0-9.]+)\s*ms")

def parse_err(text):
    phases, totals = {}, {}
    for line in text.splitlines():
        m = PHASE_RE.search(line)
        if m:
            for k, v in PAIR_RE.findall(m.group(1)):
                phases[k] = float(v)
        m = HOST_RE.search(line)
        if m:
            totals = {"host": float(m.group(1)), "gpu": float(m.group(2)),
                      "cwall": float(m.group(3))}
    return phases, totals

def error_lines(text, rc):
    lines = [l.rstrip() for l in text.splitlines() if l.strip()]
    errs = [l for l in lines if re.search(r"error|panic|fatal|abort", l, re.I)]
    pick = (errs or lines)[:3]
    if rc == 124:
        pick = ["timed out"] + pick
    return pick or ["(no output)"]

rows, phase_names = [], []
for n in sizes:
    d = os.path.join(work, n)
    row = {"size": n, "lines": int(read(os.path.join(d, "lines"), "0")),
           "bytes": int(read(os.path.join(d, "bytes"), "0"))}
    rcs, walls, rss, phs, tots = [], [], [], [], []
    for i in range(1, runs + 1):
        b = os.path.join(d, "rg%d" % i)
        rc = read(b + ".rc")
        if rc is None:
            break
        rc = int(rc)
        rcs.append(rc)
        err = read(b + ".err", "")
        if rc != 0:
            row["fail"] = "rc=%d: " % rc + " | ".join(error_lines(err, rc))
            row["fail_lines"] = error_lines(err, rc)
            row["fail_rc"] = rc
            break
        walls.append(num(read(b + ".wall_us")) / 1000.0)
        rss.append(num(read(b + ".rss")))
        p, t = parse_err(err)
        phs.append(p)
        tots.append(t)
        for k in p:
            if k not in phase_names:
                phase_names.append(k)
    if "fail" not in row and walls:
        row["wall"] = med(walls)
        row["rss"] = med(rss) / 1024.0 if med(rss) is not None else None
        row["phases"] = {k: med([p.get(k) for p in phs]) for k in phase_names}
        for k in ("host", "gpu", "cwall"):
            row[k] = med([t.get(k) for t in tots])
    rcw = []
    for i in range(1, runs + 1):
        b = os.path.join(d, "rc%d" % i)
        if read(b + ".rc") is None:
            break
        if int(read(b + ".rc")) != 0:
            rcw = None
            row["rustc_fail"] = error_lines(read(b + ".err", ""), 1)[0]
            break
        rcw.append(num(read(b + ".wall_us")) / 1000.0)
    if rcw:
        row["rustc"] = med(rcw)
    # compare the program output of both compilers when both produced one
    rg_out, rc_out = read(os.path.join(d, "rg.stdout")), read(os.path.join(d, "rc.stdout"))
    rg_rrc = read(os.path.join(d, "rg.runrc"))
    if rg_rrc is not None:
        if int(rg_rrc) != 0:
            row["check"] = "exit %d" % int(rg_rrc)
        elif rc_out is not None:
            row["check"] = "ok" if rg_out == rc_out else "DIFF"
        else:
            row["check"] = "ran"
    rows.append(row)

def f(x, nd=1):
    if x is None:
        return "-"
    if abs(x) >= 100000:
        return "%.3g" % x if abs(x) < 1e6 else "%.2fM" % (x / 1e6)
    return "%.*f" % (nd, x)

have_rustc = any("rustc" in r or "rustc_fail" in r for r in rows)
head = ["size", "lines", "KB"] + phase_names + ["gpu", "host", "wall ms",
        "lines/s", "MB/s", "RSS MB", "output"]
if have_rustc:
    head += ["rustc ms", "ratio"]
table, fails = [], []
for r in rows:
    cells = [r["size"], str(r["lines"]), "%.0f" % (r["bytes"] / 1024.0)]
    if "wall" in r:
        w = r["wall"]
        cells += [f(r["phases"].get(k), 2) for k in phase_names]
        cells += [f(r.get("gpu"), 2), f(r.get("host"), 2), f(w, 1),
                  f(r["lines"] / (w / 1000.0), 0) if w else "-",
                  f(r["bytes"] / 1e6 / (w / 1000.0), 2) if w else "-",
                  f(r["rss"], 1), r.get("check", "-")]
    else:
        msg = r.get("fail", "no result")
        fails.append((r["size"], r.get("fail_lines", [msg]), r.get("fail_rc")))
        ncols = len(phase_names) + 7
        cells += ["FAILED " + msg] + [None] * (ncols - 1)
    if have_rustc:
        rw = r.get("rustc")
        cells += [f(rw, 1) if rw else ("FAIL" if "rustc_fail" in r else "-"),
                  ("%.2fx" % (r["wall"] / rw)) if rw and "wall" in r else "-"]
    table.append(cells)

# column widths ignore the spanning failure cell
widths = [len(h) for h in head]
for cells in table:
    for i, c in enumerate(cells):
        if c is None or (i + 1 < len(cells) and cells[i + 1] is None):
            continue
        widths[i] = max(widths[i], len(c))
def fmt(cells):
    out, i = [], 0
    while i < len(cells):
        c = cells[i]
        if c is not None and i + 1 < len(cells) and cells[i + 1] is None:
            j = i + 1
            while j < len(cells) and cells[j] is None:
                j += 1
            # the failure message spans the numeric columns, truncated so the
            # rustc columns stay aligned (full text is printed below the table)
            span = sum(widths[i:j]) + 2 * (j - i - 1)
            if j == len(cells):
                out.append(c)
            else:
                out.append(c if len(c) <= span else c[:span - 3] + "...")
                out[-1] = out[-1].ljust(span)
            i = j
            continue
        out.append(c.rjust(widths[i]) if i else c.ljust(widths[i]))
        i += 1
    return "  ".join(out)
print(fmt(head))
print("  ".join("-" * w for w in widths))
for cells in table:
    print(fmt(cells))
print()
print("phases: GPU ms per phase from --time-passes; gpu/host: compiler's own totals;")
print("wall ms: median of %d runs measured outside the compiler (process start to exit);" % runs)
print("output: binary's stdout compared with rustc's build; ratio = rustg-vk wall / rustc wall.")
for size, lines, rc in fails:
    print()
    print("size %s: rustg-vk failed (rc=%s):" % (size, rc))
    for l in lines:
        print("    " + l[:200])
PY
