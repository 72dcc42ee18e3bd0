#!/usr/bin/env bash
# Record rustc's machine-readable diagnostics for tests/json (compared by
# tests/json_test.py). The recorded files are committed, so the test suite
# never needs rustc; run this only after adding or changing a case.
#
#   tools/record-json.sh             record every case
#   tools/record-json.sh NAME...     record only tests/json/NAME.rs
#
# tests/json/NAME.rs -> NAME.json       --error-format=json
#                       NAME.ansi.json  --error-format=json --json=diagnostic-rendered-ansi
#                       NAME.short      --error-format=short
# Compiled from inside tests/json with the bare file name, so spans name
# `NAME.rs`. `code.explanation` (rustc's error index text) is stored as null:
# it is rustc's documentation, which the tests do not compare.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUSTC=${RUSTC:-}
if [ -z "$RUSTC" ]; then
  if command -v rustc >/dev/null 2>&1; then
    RUSTC=$(command -v rustc)
  elif [ -x "$HOME/.cargo/bin/rustc" ]; then
    RUSTC=$HOME/.cargo/bin/rustc
  else
    echo "record-json: rustc not found (set RUSTC=/path/to/rustc)" >&2
    exit 1
  fi
fi
echo "record-json: using $("$RUSTC" --version)"

DIR=$ROOT/tests/json
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# One JSON object a line, as rustc prints them, explanations nulled.
strip_explanations() {
  python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    if isinstance(d.get("code"), dict):
        d["code"]["explanation"] = None
    print(json.dumps(d, ensure_ascii=False, separators=(",", ":")))
'
}

if [ $# -eq 0 ]; then
  set -- $(cd "$DIR" && ls *.rs | sed 's/\.rs$//')
fi
status=0
for name in "$@"; do
  if [ ! -f "$DIR/$name.rs" ]; then
    echo "record-json: no such case tests/json/$name.rs" >&2
    status=1
    continue
  fi
  cd "$DIR"
  for mode in json ansi.json short; do
    case $mode in
      json) args=(--error-format=json) ;;
      ansi.json) args=(--error-format=json --json=diagnostic-rendered-ansi) ;;
      short) args=(--error-format=short) ;;
    esac
    rc=0
    "$RUSTC" --edition 2021 "${args[@]}" "$name.rs" -o "$TMP/out" 2>"$TMP/err" || rc=$?
    if [ "$rc" -ne 1 ]; then
      echo "FAIL json/$name: rustc exited $rc, expected 1 (an error case)" >&2
      cat "$TMP/err" >&2
      status=1
      continue 2
    fi
    if [ "$mode" = short ]; then
      cp "$TMP/err" "$name.short"
    else
      strip_explanations <"$TMP/err" >"$name.$mode"
    fi
  done
  echo "recorded json/$name"
done
exit $status
