#!/usr/bin/env bash
# Lexer benchmark: Rust's own library/ sources (Debian's rust-src),
# concatenated into one file, lexed with --emit=tokens.
# Prints MB/s and tokens/s (median of RUNS runs, GPU time and wall time) and
# peak memory per source byte. Skips with a note when rust-src is missing.
#   bench/lex.sh RUSTG_VK [RUNS]
set -euo pipefail
bin=$1
runs=${2:-3}
src=$(ls -d /usr/src/rustc-*/library 2>/dev/null | head -n 1 || true)
if [ -z "$src" ]; then
    echo "lexer benchmark: skipped (install Debian's rust-src: tools/install-corpus-deps.sh)"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# One byte-order mark is allowed only at a file's start: drop them when joining.
find "$src" -name '*.rs' -print0 | sort -z | xargs -0 cat | sed 's/^\xEF\xBB\xBF//' > "$tmp/library.rs"
bytes=$(stat -c %s "$tmp/library.rs")
lines=$(wc -l < "$tmp/library.rs")
"$bin" --emit=tokens "$tmp/library.rs" -o "$tmp/warm.tokens" 2>/dev/null || true  # compile shaders once
gpu=() wall=() rss=()
for _ in $(seq "$runs"); do
    /usr/bin/time -f '%M' -o "$tmp/rss" "$bin" --time-passes --emit=tokens "$tmp/library.rs" \
        -o "$tmp/out.tokens" 2> "$tmp/err" || { cat "$tmp/err"; exit 1; }
    gpu+=("$(sed -n 's/^phase totals (ms): lex \([0-9.]*\).*/\1/p' "$tmp/err")")
    wall+=("$(sed -n 's/.*wall: \([0-9.]*\) ms.*/\1/p' "$tmp/err")")
    rss+=("$(tail -n 1 "$tmp/rss")")
done
tokens=$(wc -l < "$tmp/out.tokens")
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
g=$(median "${gpu[@]}") w=$(median "${wall[@]}") r=$(median "${rss[@]}")
device=$(sed -n 's/^rustg-vk: pass timings on //p' "$tmp/err")
awk -v b="$bytes" -v l="$lines" -v t="$tokens" -v g="$g" -v w="$w" -v r="$r" -v d="$device" 'BEGIN {
    printf "lexer benchmark: rust-src library/, %.1f MB, %d lines, %d tokens, on %s\n", b / 1e6, l, t, d
    printf "  GPU time %.0f ms: %.2f MB/s, %.2f M tokens/s\n", g, b / 1e6 / (g / 1e3), t / 1e6 / (g / 1e3)
    printf "  wall time %.0f ms: %.2f MB/s, %.2f M tokens/s\n", w, b / 1e6 / (w / 1e3), t / 1e6 / (w / 1e3)
    printf "  peak memory %.0f MB: %.1f bytes per source byte (lavapipe: device memory is host memory)\n", r / 1024, r * 1024 / b
}'
