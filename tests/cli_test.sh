#!/usr/bin/env bash
# Command-line behaviour of rustg-vk: unreadable inputs, batched compiles
# with --out-dir, refused option combinations, --emit=obj.
#
#   cli_test.sh RUSTG_VK_BINARY
#
# Two compiles in all (one batched, one --emit=obj); the rest fail before
# any compile. Environment as for run_test.sh: VK_DRIVER_FILES defaults to
# Mesa's lavapipe, the Khronos validation layer is used when installed, and
# RUSTG_TEST_COMPILE_TIMEOUT / RUSTG_TEST_RUN_TIMEOUT bound each step.
set -uo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 RUSTG_VK_BINARY" >&2
  exit 2
fi
BIN=$1
case "$BIN" in /*) ;; *) BIN=$PWD/$BIN ;; esac
if [ ! -x "$BIN" ]; then
  echo "cli_test: compiler $BIN is not an executable" >&2
  exit 2
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/rustg-cli.XXXXXX") || exit 2
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 2

LVP_ICD=/usr/share/vulkan/icd.d/lvp_icd.x86_64.json
if [ -z "${VK_DRIVER_FILES:-}" ] && [ -z "${VK_ICD_FILENAMES:-}" ] && [ -f "$LVP_ICD" ]; then
  export VK_DRIVER_FILES=$LVP_ICD
fi
VALIDATION_JSON=/usr/share/vulkan/explicit_layer.d/VkLayer_khronos_validation.json
if [ -f "$VALIDATION_JSON" ]; then
  export RUSTG_VK_VALIDATE=1
fi
COMPILE_TIMEOUT=${RUSTG_TEST_COMPILE_TIMEOUT:-300}
RUN_TIMEOUT=${RUSTG_TEST_RUN_TIMEOUT:-60}

failures=0
check() { # description, then a command that must succeed
  local what=$1
  shift
  if "$@"; then
    echo "ok   $what"
  else
    echo "FAIL $what"
    failures=$((failures + 1))
  fi
}

show() { # title file
  echo "---- $1 ----"
  cat "$2"
  echo "---- end ----"
}

# rustg ARGS...: runs the compiler, stdout/stderr in out.txt/err.txt, status in $rc.
rustg() {
  rc=0
  timeout -k 10 "$COMPILE_TIMEOUT" "$BIN" "$@" </dev/null >out.txt 2>err.txt || rc=$?
  if grep -q "Validation" err.txt; then
    show "compiler stderr ($*)" err.txt
    echo "FAIL Vulkan validation messages ($*)"
    failures=$((failures + 1))
  fi
}

rc_is() { [ "$rc" -eq "$1" ]; }
err_is() { [ "$(cat err.txt)" = "$1" ]; }
err_has() { grep -qF -- "$1" err.txt; }
absent() { [ ! -e "$1" ]; }
absent_or_empty() { [ ! -s "$1" ]; }

# rustc's text for an input it cannot read (rustc 1.95).
read_error() { # path, strerror text, errno
  printf "error: couldn't read \`%s\`: %s (os error %d)\n\nerror: aborting due to 1 previous error" "$1" "$2" "$3"
}

# ---------------------------------------------------------------- unreadable inputs
mkdir adir
rustg adir
check "directory input: exit 1" rc_is 1
check "directory input: rustc's 'Is a directory (os error 21)'" \
  err_is "$(read_error adir 'Is a directory' 21)"
[ "$rc" -eq 1 ] && err_is "$(read_error adir 'Is a directory' 21)" || show "stderr" err.txt

rustg missing.rs
check "missing input: exit 1" rc_is 1
check "missing input: rustc's 'No such file or directory (os error 2)'" \
  err_is "$(read_error missing.rs 'No such file or directory' 2)"
check "missing input: no output written" absent missing
[ "$rc" -eq 1 ] && err_is "$(read_error missing.rs 'No such file or directory' 2)" || show "stderr" err.txt

# ---------------------------------------------------------------- refused options
cat >a.rs <<'EOF'
fn main() {
    println!("hello from a");
}
EOF
cat >b.rs <<'EOF'
fn tri(n: u64) -> u64 {
    let mut s = 0;
    for i in 1..=n {
        s += i;
    }
    s
}

fn main() {
    let n = 10;
    println!("b: tri({n}) = {}", tri(n));
    println!("{}", tri(100) * 2);
}
EOF
cat >bad.rs <<'EOF'
fn main() {
    let x: u32 = true;
    println!("{}", x);
}
EOF

rustg -o both a.rs b.rs
check "-o with several inputs: exit 1" rc_is 1
check "-o with several inputs: 'multiple input filenames provided'" \
  err_has 'error: multiple input filenames provided (first two filenames are `a.rs` and `b.rs`)'
check "-o with several inputs: nothing written" absent both

mkdir refused
rustg --out-dir refused -o both a.rs b.rs
check "-o with --out-dir and several inputs: exit 1" rc_is 1
check "-o with --out-dir and several inputs: 'multiple input filenames provided'" \
  err_has 'error: multiple input filenames provided'
check "-o with --out-dir and several inputs: nothing written" \
  bash -c '[ ! -e both ] && [ -z "$(ls -A refused)" ]'

rustg --no-such-option a.rs
check "unknown option: exit 1" rc_is 1
check "unknown option: named in the error" err_has "error: unrecognized option '--no-such-option'"
check "unknown option: nothing written" absent a

rustg --emit=bogus a.rs
check "unknown --emit kind: exit 1" rc_is 1
check "unknown --emit kind: named in the error" err_has 'error: unknown emit type: `bogus`'
check "unknown --emit kind: nothing written" absent a

# ---------------------------------------------------------------- batched compile
mkdir outd
rustg --out-dir outd a.rs b.rs bad.rs
check "batched: exit 1 (one input failed)" rc_is 1
grep '^# ' err.txt >markers.txt
printf '# a.rs\n# exit 0\n# b.rs\n# exit 0\n# bad.rs\n# exit 1\n' >markers.want
check "batched: '# INPUT' ... '# exit N' markers in order" cmp -s markers.want markers.txt
cmp -s markers.want markers.txt || { show "stderr" err.txt; diff -u markers.want markers.txt; }
# bad.rs's diagnostic lies between its two markers.
sed -n '/^# bad\.rs$/,/^# exit 1$/p' err.txt >bad.err
check "batched: bad.rs's E0308 between its markers" grep -q '^error\[E0308\]: mismatched types' bad.err
check "batched: bad.rs's diagnostic located" grep -q -- '--> bad.rs:2:18' bad.err
sed -n '/^# a\.rs$/,/^# bad\.rs$/p' err.txt | grep -v '^# ' >ab.err
check "batched: nothing on stderr for a.rs and b.rs" absent_or_empty ab.err
check "batched: no outd/bad" absent outd/bad
check "batched: no a, b in the working directory" bash -c '[ ! -e a ] && [ ! -e b ]'

runs() { # exe, expected stdout
  [ -x "$1" ] || return 1
  local got rrc=0
  got=$(timeout -k 5 "$RUN_TIMEOUT" "$1" </dev/null) || rrc=$?
  [ "$rrc" -eq 0 ] && [ "$got" = "$2" ]
}
check "batched: outd/a runs and prints its line" runs outd/a "hello from a"
check "batched: outd/b runs and prints its lines" runs outd/b "$(printf 'b: tri(10) = 55\n10100')"

# ---------------------------------------------------------------- --emit=obj
rustg --emit=obj a.rs
check "--emit=obj: exit 0" rc_is 0
is_rel_obj() { # e_ident: ELF64, little-endian, v1; e_type ET_REL, e_machine EM_X86_64
  [ -s "$1" ] || return 1
  [ "$(od -An -tx1 -N16 "$1" | tr -d ' \n')" = "7f454c46020101000000000000000000" ] || return 1
  [ "$(od -An -tx1 -j16 -N4 "$1" | tr -d ' \n')" = "01003e00" ]
}
check "--emit=obj: writes a.o, an x86-64 relocatable ELF object" is_rel_obj a.o
check "--emit=obj: no executable a" absent a
[ "$rc" -eq 0 ] || show "stderr" err.txt

if [ "$failures" -ne 0 ]; then
  echo "FAIL cli: $failures check(s) failed"
  exit 1
fi
echo "PASS cli"
exit 0
