#!/usr/bin/env bash
# Parser benchmark: Rust's own library/ sources (Debian's rust-src), every
# file rustc accepts (tests/parse/corpus-verdicts.txt) wrapped in its own
# `mod m_N { ... }` (so inner attributes stay valid) and joined into one file,
# parsed by the grammar-driven parser (--emit=ast). Prints MB/s and tokens/s
# by GPU time of the parse phase and by wall time, peak memory per source
# byte, and the same at 1/4 and 1/2 of the input to show how time grows.
#   bench/parse.sh RUSTG_VK [RUNS]
set -euo pipefail
bin=$1
runs=${2:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
src=$(ls -d /usr/src/rustc-*/library 2>/dev/null | head -n 1 || true)
if [ -z "$src" ]; then
    echo "parser benchmark: skipped (install Debian's rust-src: tools/install-corpus-deps.sh)"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ver=$(basename "$(dirname "$src")")
# Sources only (not library tests), less the stdarch generator whose format!
# arguments named by keywords the parser refuses (make parse-corpus lists
# every disagreement).
grep "^accept rust-src/$ver/library/" "$here/tests/parse/corpus-verdicts.txt" | cut -d' ' -f2- |
    grep -v -e '/tests/' -e '/intrinsic-test/' |
    sed "s|^rust-src/$ver/library/||" > "$tmp/files"
python3 - "$src" "$tmp/files" "$tmp" <<'PY'
import sys
src, listing, out = sys.argv[1:4]
files = [l.strip() for l in open(listing) if l.strip()]
def join(name, part):
    with open(out + "/" + name, "w") as o:
        for i, f in enumerate(part):
            text = open(src + "/" + f, encoding="utf-8").read().lstrip("\ufeff")
            o.write("mod m_%d {\n%s\n}\n" % (i, text))
n = len(files)
join("full.rs", files)
join("half.rs", files[: n // 2])
join("quarter.rs", files[: n // 4])
PY
"$bin" --emit=ast "$tmp/quarter.rs" -o /dev/null 2>/dev/null || true  # compile shaders once
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for part in quarter half full; do
    f=$tmp/$part.rs
    gpu=() wall=() rss=()
    for _ in $(seq "$runs"); do
        /usr/bin/time -f '%M' -o "$tmp/rss" "$bin" --time-passes --emit=ast "$f" -o /dev/null 2> "$tmp/err" ||
            { echo "parser benchmark ($part): rustg-vk rejected the input:"; grep -m 3 -A 1 '^error' "$tmp/err"; break; }
        gpu+=("$(sed -n 's/^phase totals (ms):.* parse \([0-9.]*\).*/\1/p' "$tmp/err")")
        wall+=("$(sed -n 's/.*wall: \([0-9.]*\) ms.*/\1/p' "$tmp/err")")
        rss+=("$(tail -n 1 "$tmp/rss")")
    done
    [ ${#gpu[@]} -gt 0 ] || continue
    bytes=$(stat -c %s "$f") lines=$(wc -l < "$f")
    tokens=$("$bin" --emit=tokens "$f" 2>/dev/null | wc -l)
    g=$(median "${gpu[@]}") w=$(median "${wall[@]}") r=$(median "${rss[@]}")
    awk -v p="$part" -v b="$bytes" -v l="$lines" -v t="$tokens" -v g="$g" -v w="$w" -v r="$r" 'BEGIN {
        printf "parser benchmark (%s of library/): %.1f MB, %d lines, %d tokens\n", p, b / 1e6, l, t
        printf "  parse GPU time %.0f ms: %.2f MB/s, %.2f M tokens/s, %.2f M lines/s\n", g, b / 1e6 / (g / 1e3), t / 1e6 / (g / 1e3), l / 1e6 / (g / 1e3)
        printf "  wall time (lex + parse + dump) %.0f ms: %.2f MB/s; peak memory %.0f MB, %.1f bytes per source byte\n", w, b / 1e6 / (w / 1e3), r / 1024, r * 1024 / b
    }'
done
