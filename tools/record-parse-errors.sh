#!/usr/bin/env bash
# Records rustc's first syntax error (message and `--> file:line:col`) for
# every tests/parse/err_*.rs into err_NAME.err, with nightly rustc parsing the
# file alone (-Zparse-crate-root-only --edition 2021), as tools/parse-corpus
# does. tests/parse_test.py compares rustg-vk's location with it.
set -euo pipefail
cd "$(dirname "$0")/../tests/parse"
rustc=${RUSTC_NIGHTLY:-$HOME/.rustup/toolchains/nightly-x86_64-unknown-linux-gnu/bin/rustc}
for f in err_*.rs next/err_*.rs; do
    "$rustc" -Zparse-crate-root-only --edition 2021 --crate-type lib -o /dev/null "$f" 2>&1 |
        grep -m 2 -E '^error|^ *--> ' | sed 's/^ *//' > "${f%.rs}.err" || true
    echo "$f: $(head -n 1 "${f%.rs}.err")"
done
