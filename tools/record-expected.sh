#!/usr/bin/env bash
# Re-record the expected results of tests/run and tests/fail with rustc.
#
# The recorded files are committed, so the test suite never needs rustc; run
# this only after adding or changing a test program.
#
#   tools/record-expected.sh              record every test
#   tools/record-expected.sh NAME...      record only these (run/NAME.rs or fail/NAME.rs)
#
# tests/run/NAME.rs  -> NAME.stdout, NAME.exitcode, and NAME.stderr when the
#                       exit code is non-zero (the panic message). Built as a
#                       debug build (overflow checks on) from inside tests/run
#                       with the bare file name, so panics name `NAME.rs:L:C`.
#                       The thread id rustc prints since 1.89
#                       (`thread 'main' (12345) panicked`, and `thread 'main'
#                       (12345) has overflowed its stack`) is not
#                       deterministic; it is stored as `(<tid>)` and
#                       run_test.sh normalises the actual output the same way.
#                       Exit codes: 0, 101 (panic), or 134 (SIGABRT after a
#                       stack overflow; run without core dumps).
# tests/fail/NAME.rs -> NAME.stderr, rustc's full human-readable diagnostics.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUSTC=${RUSTC:-}
if [ -z "$RUSTC" ]; then
  if command -v rustc >/dev/null 2>&1; then
    RUSTC=$(command -v rustc)
  elif [ -x "$HOME/.cargo/bin/rustc" ]; then
    RUSTC=$HOME/.cargo/bin/rustc
  else
    echo "record-expected: rustc not found (set RUSTC=/path/to/rustc)" >&2
    exit 1
  fi
fi
echo "record-expected: using $("$RUSTC" --version)"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# Panics and stack overflows print the thread id; replace it with a fixed marker.
normalise_tid() {
  sed -E "s/^thread '([^']*)' \([0-9]+\) (panicked at |has overflowed its stack$)/thread '\1' (<tid>) \2/"
}

status=0

record_run() {
  local name=$1 dir=$ROOT/tests/run
  if [ ! -e "$dir/$name.rs" ]; then
    echo "record-expected: no such test run/$name" >&2; status=1; return
  fi
  local exe=$TMP/run_$name
  if ! (cd "$dir" && "$RUSTC" --edition 2021 -C opt-level=0 -C debug-assertions=on \
          -C overflow-checks=on "$name.rs" -o "$exe" 2>"$TMP/compile.err"); then
    echo "FAIL run/$name: rustc rejected it:" >&2
    cat "$TMP/compile.err" >&2
    status=1
    return
  fi
  if [ -s "$TMP/compile.err" ]; then
    echo "note run/$name: rustc warnings:" >&2
    cat "$TMP/compile.err" >&2
  fi
  local rc=0
  # No core file from a stack overflow's abort; the outer 2>/dev/null only
  # quiets bash's "Aborted" job report.
  { (cd "$dir" && ulimit -c 0 && exec env -u RUST_BACKTRACE -u RUST_LIB_BACKTRACE "$exe" \
      </dev/null >"$dir/$name.stdout" 2>"$TMP/run.err"); } 2>/dev/null || rc=$?
  echo "$rc" >"$dir/$name.exitcode"
  # stderr: a panic's message, or what eprint!/eprintln! wrote
  if [ -s "$TMP/run.err" ]; then
    normalise_tid <"$TMP/run.err" >"$dir/$name.stderr"
  else
    rm -f "$dir/$name.stderr"
  fi
  if [ "$rc" -eq 134 ]; then
    if ! grep -q "^thread '[^']*' (<tid>) has overflowed its stack$" "$dir/$name.stderr"; then
      echo "FAIL run/$name: exit code 134 (SIGABRT) without a stack overflow" >&2
      status=1
    fi
  elif [ "$rc" -ne 0 ] && [ "$rc" -ne 101 ]; then
    echo "FAIL run/$name: exit code $rc (expected 0, 101 or 134)" >&2
    status=1
  fi
  echo "run/$name: exit $rc"
}

record_fail() {
  local name=$1 dir=$ROOT/tests/fail
  if [ ! -e "$dir/$name.rs" ]; then
    echo "record-expected: no such test fail/$name" >&2; status=1; return
  fi
  local exe=$TMP/fail_$name
  local rc=0
  (cd "$dir" && "$RUSTC" --edition 2021 --error-format=human --color=never \
      "$name.rs" -o "$exe" 2>"$dir/$name.stderr") || rc=$?
  if [ "$rc" -eq 0 ] || [ -e "$exe" ]; then
    echo "FAIL fail/$name: rustc accepted it" >&2
    status=1
    return
  fi
  local n
  n=$(grep -E '^error(\[E[0-9]+\])?: ' "$dir/$name.stderr" \
        | grep -vc -E '^error: aborting due to' || true)
  if [ "$n" -ne 1 ]; then
    echo "WARN fail/$name: $n errors reported (tests should have exactly one)" >&2
  fi
  echo "fail/$name: $(grep -m1 -E '^error' "$dir/$name.stderr")"
}

shopt -s nullglob
if [ $# -eq 0 ]; then
  for f in "$ROOT"/tests/run/*.rs; do record_run "$(basename "$f" .rs)"; done
  for f in "$ROOT"/tests/fail/*.rs; do record_fail "$(basename "$f" .rs)"; done
else
  for arg in "$@"; do
    arg=${arg%.rs}
    case "$arg" in
      run/*|tests/run/*) record_run "${arg##*/}" ;;
      fail/*|tests/fail/*) record_fail "${arg##*/}" ;;
      *)
        if [ -e "$ROOT/tests/run/$arg.rs" ]; then record_run "$arg"
        elif [ -e "$ROOT/tests/fail/$arg.rs" ]; then record_fail "$arg"
        else echo "record-expected: no test named $arg" >&2; status=1
        fi ;;
    esac
  done
fi

exit $status
