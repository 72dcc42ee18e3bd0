#!/usr/bin/env bash
# Parser benchmark: Rust's own library/ sources (Debian's rust-src), every
# file rustc accepts (tests/parse/corpus-verdicts.txt) wrapped in its own
# `mod m_N { ... }` (so inner attributes stay valid) and joined into one file,
# parsed by the grammar-driven parser (--emit=ast). Prints MB/s and tokens/s
# by GPU time of the parse phase and by wall time, peak memory per source
# byte, at 1/16, 1/4 and all of the input (1x, 4x, 16x) to show how time
# grows.
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
# Sources only (not library tests).
grep "^accept rust-src/$ver/library/" "$here/tests/parse/corpus-verdicts.txt" | cut -d' ' -f2- |
    grep -v -e '/tests/' |
    sed "s|^rust-src/$ver/library/||" > "$tmp/files"
python3 - "$src" "$tmp/files" "$tmp" <<'PY'
import os
import sys
src, listing, out = sys.argv[1:4]
files = [l.strip() for l in open(listing) if l.strip()]
def join(name, part):
    with open(out + "/" + name, "w") as o:
        for i, f in enumerate(part):
            text = open(src + "/" + f, encoding="utf-8").read().lstrip("\ufeff")
            o.write("mod m_%d {\n%s\n}\n" % (i, text))
sizes = [os.path.getsize(src + "/" + f) for f in files]
def prefix(fraction):  # the first files that hold this fraction of the bytes
    want, got = sum(sizes) * fraction, 0
    for i, b in enumerate(sizes):
        got += b
        if got >= want:
            return files[: i + 1]
    return files
join("full.rs", files)
join("quarter.rs", prefix(1 / 4))
join("sixteenth.rs", prefix(1 / 16))
PY
"$bin" --emit=ast "$tmp/sixteenth.rs" -o /dev/null 2>/dev/null || true  # compile shaders once
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for part in sixteenth quarter full; do
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
