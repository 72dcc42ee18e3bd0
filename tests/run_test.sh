#!/usr/bin/env bash
# Run one rustg-vk test program.
#
#   run_test.sh RUSTG_VK_BINARY run  tests/run/NAME.rs
#   run_test.sh RUSTG_VK_BINARY fail tests/fail/NAME.rs
#
# run:  compile NAME.rs, run the executable; its stdout, exit code and stderr
#       must equal NAME.stdout, NAME.exitcode and NAME.stderr (an absent
#       NAME.stderr means stderr must be empty). The thread id in a panic
#       or stack-overflow message (`thread 'main' (1234) panicked at`,
#       `thread 'main' (1234) has overflowed its stack`) is compared as
#       `(<tid>)`. The program runs without core dumps (a stack overflow
#       aborts with SIGABRT, exit code 134, as rustc's build does).
# fail: the compile must exit 1, write no output file, and report as its first
#       error the same error code and ` --> FILE:LINE:COL` as rustc did
#       (recorded in NAME.stderr by tools/record-expected.sh).
# Both compile with --edition 2021, as tools/record-expected.sh runs rustc.
#
# Environment: VK_DRIVER_FILES defaults to Mesa's lavapipe; set it (or
# VK_ICD_FILENAMES) to test on another driver. When the Khronos validation
# layer is installed, RUSTG_VK_VALIDATE=1 makes the compiler run under it and
# any validation message fails the test. RUSTG_TEST_COMPILE_TIMEOUT and
# RUSTG_TEST_RUN_TIMEOUT (seconds) bound the compile and the program run.
set -uo pipefail

if [ $# -ne 3 ] || { [ "$2" != run ] && [ "$2" != fail ]; }; then
  echo "usage: $0 RUSTG_VK_BINARY run|fail CASE.rs" >&2
  exit 2
fi

BIN=$1
MODE=$2
CASE=$3

case "$BIN" in /*) ;; *) BIN=$PWD/$BIN ;; esac
if [ ! -x "$BIN" ]; then
  echo "run_test: compiler $BIN is not an executable" >&2
  exit 2
fi
if [ ! -f "$CASE" ]; then
  echo "run_test: no test file $CASE" >&2
  exit 2
fi

DIR=$(cd "$(dirname "$CASE")" && pwd)
NAME=$(basename "$CASE" .rs)
cd "$DIR" || exit 2

WORK=$(mktemp -d "${TMPDIR:-/tmp}/rustg-test.XXXXXX") || exit 2
trap 'rm -rf "$WORK"' EXIT

LVP_ICD=/usr/share/vulkan/icd.d/lvp_icd.x86_64.json
if [ -z "${VK_DRIVER_FILES:-}" ] && [ -z "${VK_ICD_FILENAMES:-}" ] && [ -f "$LVP_ICD" ]; then
  export VK_DRIVER_FILES=$LVP_ICD
fi
VALIDATION_JSON=/usr/share/vulkan/explicit_layer.d/VkLayer_khronos_validation.json
if [ -f "$VALIDATION_JSON" ]; then
  export RUSTG_VK_VALIDATE=1
fi
# rustc's expectations were recorded without backtraces.
unset RUST_BACKTRACE RUST_LIB_BACKTRACE

COMPILE_TIMEOUT=${RUSTG_TEST_COMPILE_TIMEOUT:-300}
RUN_TIMEOUT=${RUSTG_TEST_RUN_TIMEOUT:-60}

fail() {
  echo "FAIL $MODE/$NAME: $*"
  exit 1
}

show_file() { # title file
  echo "---- $1 ----"
  cat "$2"
  echo "---- end ----"
}

check_validation() {
  if grep -q "Validation" "$WORK/compile.err"; then
    show_file "compiler stderr" "$WORK/compile.err"
    fail "Vulkan validation messages during compile"
  fi
}

normalise_tid() {
  sed -E "s/^thread '([^']*)' \([0-9]+\) (panicked at |has overflowed its stack$)/thread '\1' (<tid>) \2/"
}

# ---------------------------------------------------------------- compile
crc=0
timeout -k 10 "$COMPILE_TIMEOUT" "$BIN" --edition 2021 "$NAME.rs" -o "$WORK/$NAME" \
  </dev/null >"$WORK/compile.out" 2>"$WORK/compile.err" || crc=$?

if [ "$crc" -eq 124 ] || [ "$crc" -eq 137 ]; then
  show_file "compiler stderr" "$WORK/compile.err"
  fail "compiler timed out after ${COMPILE_TIMEOUT}s"
fi

if [ "$MODE" = run ]; then
  if [ "$crc" -ne 0 ]; then
    show_file "compiler stdout" "$WORK/compile.out"
    show_file "compiler stderr" "$WORK/compile.err"
    fail "compiler exited with $crc"
  fi
  check_validation
  if [ ! -x "$WORK/$NAME" ]; then
    fail "compiler exited 0 but wrote no executable"
  fi

  # No core file from an abort (in this folder, with core_pattern `core`).
  # Where a core_pattern pipe dumps one anyway, timeout reports it on the
  # stderr it shares with the program; that line is not the program's. The
  # outer 2>/dev/null only quiets bash's "Aborted" job report.
  rrc=0
  { (ulimit -c 0; exec timeout -k 5 "$RUN_TIMEOUT" "$WORK/$NAME") </dev/null \
      >"$WORK/actual.stdout" 2>"$WORK/actual.stderr.raw"; } 2>/dev/null || rrc=$?
  sed '/^timeout: the monitored command dumped core$/d' "$WORK/actual.stderr.raw" \
    | normalise_tid >"$WORK/actual.stderr"

  ok=1
  if ! cmp -s "$NAME.stdout" "$WORK/actual.stdout"; then
    echo "stdout differs:"
    diff -u --label "expected $NAME.stdout" --label "actual stdout" \
      "$NAME.stdout" "$WORK/actual.stdout"
    ok=0
  fi
  want_rc=$(tr -d '[:space:]' <"$NAME.exitcode")
  if [ "$rrc" != "$want_rc" ]; then
    if [ "$rrc" -eq 124 ] || [ "$rrc" -eq 137 ]; then
      echo "exit code: program timed out after ${RUN_TIMEOUT}s (expected $want_rc)"
    elif [ "$rrc" -gt 128 ]; then
      echo "exit code: expected $want_rc, got $rrc (killed by signal $((rrc - 128)))"
    else
      echo "exit code: expected $want_rc, got $rrc"
    fi
    ok=0
  fi
  if [ -f "$NAME.stderr" ]; then
    want_err=$NAME.stderr
  else
    want_err=/dev/null
  fi
  if ! cmp -s "$want_err" "$WORK/actual.stderr"; then
    echo "stderr differs:"
    diff -u --label "expected ${want_err##*/}" --label "actual stderr" \
      "$want_err" "$WORK/actual.stderr"
    ok=0
  fi
  [ "$ok" -eq 1 ] || fail "output mismatch"
  echo "PASS run/$NAME"
  exit 0
fi

# ---------------------------------------------------------------- fail
if [ "$crc" -ne 1 ]; then
  show_file "compiler stderr" "$WORK/compile.err"
  fail "compiler exited with $crc, expected 1"
fi
check_validation
if [ -e "$WORK/$NAME" ]; then
  fail "compiler reported an error but still wrote $NAME"
fi

# first_error FILE: prints "ERRLINE" then "LOCLINE" (the first ` --> ` after it).
first_error() {
  awk '
    !found && /^error/ { err = $0; found = 1; next }
    found && /^ *--> / { loc = $0; exit }
    END { print err; print loc }
  ' "$1"
}
error_code() { # "error[E0308]: ..." -> "error[E0308]"; "error: ..." -> "error"
  sed -E 's/^(error(\[[A-Z][0-9]+\])?).*/\1/' <<<"$1"
}
location() { # "  --> f.rs:3:5" -> "f.rs:3:5"
  sed -E 's/^ *--> *//' <<<"$1"
}

{ IFS= read -r want_err; IFS= read -r want_loc; } < <(first_error "$NAME.stderr")
{ IFS= read -r got_err; IFS= read -r got_loc; } < <(first_error "$WORK/compile.err")

if [ -z "$got_err" ]; then
  show_file "compiler stderr" "$WORK/compile.err"
  fail "compiler exited 1 but printed no 'error' diagnostic"
fi

want_code=$(error_code "$want_err")
got_code=$(error_code "$got_err")
want_at=$(location "$want_loc")
got_at=$(location "$got_loc")

problems=()
[ "$want_code" = "$got_code" ] || problems+=("error code: expected '$want_code', got '$got_code'")
if [ -z "$want_at" ] && [ -z "$got_at" ]; then
  :  # rustc points nowhere (e.g. E0601 on an empty file), and neither do we
elif [ -z "$got_at" ]; then
  problems+=("no ' --> FILE:LINE:COL' line after the first error")
elif [ "${want_at%:*}" != "${got_at%:*}" ]; then
  problems+=("location: expected $want_at, got $got_at")
elif [ "$want_at" != "$got_at" ]; then
  problems+=("column: expected $want_at, got $got_at")
fi

if [ ${#problems[@]} -ne 0 ]; then
  printf '%s\n' "${problems[@]}"
  echo "expected (rustc):"
  echo "  $want_err"
  echo "  $want_loc"
  echo "actual:"
  echo "  $got_err"
  echo "  $got_loc"
  show_file "compiler stderr" "$WORK/compile.err"
  fail "diagnostic mismatch"
fi
if [ "$want_err" != "$got_err" ]; then
  echo "note: message text differs (not checked):"
  echo "  rustc: $want_err"
  echo "  ours:  $got_err"
fi
echo "PASS fail/$NAME"
exit 0
