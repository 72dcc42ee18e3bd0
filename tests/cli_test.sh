#!/usr/bin/env bash
# Command-line behaviour of rustg-vk: unreadable inputs, batched compiles
# with --out-dir, refused option combinations, --emit=obj, and rustc's
# command line as cargo drives it (-vV, the probe, --print, dep-info,
# metadata, artifact notices, stdin).
#
#   cli_test.sh RUSTG_VK_BINARY
#
# Four compiles in all (one batched, one --emit=obj, cargo's, one from
# stdin); the rest fail or answer before any compile. Environment as for run_test.sh: VK_DRIVER_FILES defaults to
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

. "$(dirname "$0")/check_lib.sh"

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
check "unknown option: rustc's 'Unrecognized option'" err_has "error: Unrecognized option: 'no-such-option'"
check "unknown option: nothing written" absent a

rustg --emit=bogus a.rs
check "unknown --emit kind: exit 1" rc_is 1
check "unknown --emit kind: named in the error" err_has 'error: unknown emission type: `bogus`'
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

# ---------------------------------------------------------------- rustc's command line
# What cargo asks before it builds, and rustc 1.95's answers (recorded here:
# the test needs no rustc). tests/cargo_test.sh runs cargo itself.
rustg -vV
check "-vV: exit 0" rc_is 0
check "-vV: 'host: x86_64-unknown-linux-gnu' (cargo reads it)" grep -qx 'host: x86_64-unknown-linux-gnu' out.txt
check "-vV: 'release: 1.N.N' (cargo reads it)" grep -qE '^release: 1\.[0-9]+\.[0-9]+$' out.txt
check "-vV: binary:, commit-hash:, commit-date: lines" \
  bash -c "grep -q '^binary: ' out.txt && grep -q '^commit-hash: ' out.txt && grep -q '^commit-date: ' out.txt"
check "-vV: every line after the first is 'key: value' (as rustc_version parses it)" \
  bash -c "! tail -n +2 out.txt | grep -qv ': '"
[ "$rc" -eq 0 ] || show "stdout" out.txt
rustg -V
check "-V: one line, 'rustg-vk VERSION...'" bash -c "[ \$(wc -l <out.txt) -eq 1 ] && grep -q '^rustg-vk [0-9]' out.txt"
# sccache wraps only a compiler named rustc whose -vV starts with "rustc ".
ln -s "$BIN" rustc
rc=0
./rustc -vV >out.txt 2>err.txt || rc=$?
check "-vV through a link named rustc: starts with 'rustc 1.'" \
  bash -c "[ $rc -eq 0 ] && head -1 out.txt | grep -q '^rustc 1\.[0-9]*\.[0-9]* (rustg-vk '"

SYSROOT=$(cd "$(dirname "$(readlink -f "$BIN")")/.." && pwd -P)
{
  printf '%s\n' ___ lib___.rlib lib___.so lib___.so lib___.a lib___.so "$SYSROOT" off packed unpacked ___
  printf '%s\n' debug_assertions 'panic="unwind"' proc_macro 'target_abi=""' 'target_arch="x86_64"' \
    'target_endian="little"' 'target_env="gnu"' 'target_family="unix"' 'target_feature="fxsr"' \
    'target_feature="sse"' 'target_feature="sse2"' 'target_has_atomic="16"' 'target_has_atomic="32"' \
    'target_has_atomic="64"' 'target_has_atomic="8"' 'target_has_atomic="ptr"' 'target_os="linux"' \
    'target_pointer_width="64"' 'target_vendor="unknown"' unix
} >probe.want
# cargo 1.95's probe
rustg - --crate-name ___ --print=file-names --crate-type bin --crate-type rlib --crate-type dylib \
  --crate-type cdylib --crate-type staticlib --crate-type proc-macro --print=sysroot --print=split-debuginfo \
  --print=crate-name --print=cfg -Wwarnings
check "cargo 1.95's probe: exit 0" rc_is 0
check "cargo 1.95's probe: rustc's answers" cmp -s probe.want out.txt
cmp -s probe.want out.txt || diff -u probe.want out.txt
# Debian's cargo 0.66 probes -Csplit-debuginfo=packed first
rustg - --crate-name ___ --print=file-names --crate-type bin --crate-type rlib --crate-type dylib \
  --crate-type cdylib --crate-type staticlib --crate-type proc-macro -Csplit-debuginfo=packed
check "cargo 0.66's probe: exit 0, file names" bash -c "[ $rc -eq 0 ] && head -6 probe.want | cmp -s - out.txt"
rustg --print=cfg -C opt-level=3 --cfg 'feature="x"'
check "--print=cfg: no debug_assertions at opt-level 3, --cfg shown" \
  bash -c "! grep -q debug_assertions out.txt && grep -qx 'feature=\"x\"' out.txt"
rustg --print=file-names --crate-name hello -C extra-filename=-abc --crate-type bin a.rs
check "--print=file-names: CRATE EXTRA" bash -c "[ \"\$(cat out.txt)\" = hello-abc ]"
rustg --print=crate-name some-file.rs
check "--print=crate-name: file stem with '_'" bash -c "[ \"\$(cat out.txt)\" = some_file ]"
rustg --print=target-spec-json
check "--print=target-spec-json: refused" \
  bash -c "[ $rc -eq 1 ] && grep -q 'does not support .--print=target-spec-json.' err.txt"

refused() { # description, expected stderr text, args...
  local what=$1 want=$2
  shift 2
  rustg "$@"
  check "$what: exit 1, '$want'" bash -c "[ $rc -eq 1 ] && grep -qF -- \"\$1\" err.txt" _ "$want"
}
refused "--crate-type lib" 'error: rustg-vk does not support crate type `lib` yet (only `bin`)' --crate-type lib a.rs
check "--crate-type lib: nothing written" bash -c '[ ! -e liba.rlib ] && [ ! -e a ]'
refused "--target aarch64" 'error: rustg-vk does not support target `aarch64-unknown-linux-gnu` yet' \
  --target aarch64-unknown-linux-gnu a.rs
refused "--edition 2027" \
  'error: argument for `--edition` must be one of: <2015|2018|2021|2024>. (instead was `2027`)' --edition 2027 a.rs
refused "-C opt-level=9" 'error: optimization level needs to be between 0-3, s or z (instead was `9`)' \
  -C opt-level=9 a.rs
refused "-Cbogus" 'error: unknown codegen option: `bogus`' -Cbogus=1 a.rs
refused "-C link-arg" 'error: rustg-vk does not support `-C link-arg` yet' -C link-arg=-s a.rs
refused "-C overflow-checks=off" 'error: rustg-vk does not support `-C overflow-checks=off` yet' \
  -C overflow-checks=off a.rs
refused "--crate-name a-b" "error: invalid character '-' in crate name: \`a-b\`" --crate-name a-b a.rs
refused "--json without json" 'error: using `--json` requires also using `--error-format=json`' --json=artifacts a.rs
refused "-Z" 'error: the option `Z` is only accepted on the nightly compiler' -Z unstable-options a.rs
refused "--crate-name without value" "error: Argument to option 'crate-name' missing" a.rs --crate-name
rustg --error-format=json --crate-type foo a.rs
check "early error as JSON: one diagnostic object" bash -c "[ $rc -eq 1 ] && [ \$(wc -l <err.txt) -eq 1 ] && \
  grep -qF '{\"\$message_type\":\"diagnostic\",\"message\":\"unknown crate type: \`foo\`' err.txt"

# The compile cargo runs (its arguments as cargo 1.95 passes them), with
# metadata added as cargo check asks for it.
D=$WORK/deps
rustg --crate-name hello_x --edition=2021 a.rs --error-format=json \
  --json=diagnostic-rendered-ansi,artifacts,future-incompat --crate-type bin --emit=dep-info,metadata,link \
  -C embed-bitcode=no -C debuginfo=2 --check-cfg 'cfg(docsrs,test)' --check-cfg 'cfg(feature, values())' \
  -C metadata=0123abcd -C extra-filename=-0123abcd --out-dir "$D" -C incremental="$WORK/inc" \
  -L dependency="$D" -Copt-level=0 --cap-lints warn -A unused -W warnings --cfg 'feature="x"' \
  --diagnostic-width=80 --target x86_64-unknown-linux-gnu -C strip=none -C codegen-units=16
check "cargo's compile: exit 0" rc_is 0
[ "$rc" -eq 0 ] || show "stderr" err.txt
printf '%s: a.rs\n\n%s: a.rs\n\n%s: a.rs\n\na.rs:\n' "$D/hello_x-0123abcd.d" "$D/hello_x-0123abcd" \
  "$D/libhello_x-0123abcd.rmeta" >dep.want
check "cargo's compile: deps/hello_x-0123abcd.d in rustc's make format" cmp -s dep.want "$D/hello_x-0123abcd.d"
check "cargo's compile: empty deps/libhello_x-0123abcd.rmeta, as rustc's for a bin" \
  bash -c "[ -f '$D/libhello_x-0123abcd.rmeta' ] && [ ! -s '$D/libhello_x-0123abcd.rmeta' ]"
printf '{"$message_type":"artifact","artifact":"%s","emit":"%s"}\n' "$D/hello_x-0123abcd.d" dep-info \
  "$D/libhello_x-0123abcd.rmeta" metadata "$D/hello_x-0123abcd" link >artifacts.want
check "cargo's compile: an artifact notice per output, in order" cmp -s artifacts.want err.txt
cmp -s artifacts.want err.txt || diff -u artifacts.want err.txt
check "cargo's compile: deps/hello_x-0123abcd runs" runs "$D/hello_x-0123abcd" "hello from a"

# Source from stdin, -o with several outputs (rustc adapts -o's stem), and
# -C linker naming a cc driver.
mkdir sub
rc=0
timeout -k 10 "$COMPILE_TIMEOUT" "$BIN" - -C linker=gcc --emit=link,dep-info -o sub/x.out <b.rs >out.txt 2>err.txt ||
  rc=$?
check "stdin, -C linker=gcc: exit 0" rc_is 0
[ "$rc" -eq 0 ] || show "stderr" err.txt
check "stdin, -o sub/x.out with two kinds: sub/x and sub/x.d as rustc names them" \
  bash -c "[ \"\$(cat sub/x.d)\" = \"\$(printf 'sub/x.d: \n\nsub/x: ')\" ] && [ ! -e sub/x.out ]"
check "stdin: sub/x runs" runs sub/x "$(printf 'b: tri(10) = 55\n10100')"

# --emit=ast-spans: the syntax tree with each node's byte range (names and
# literals have none), which tools/parse-corpus/shape.py compares with syn's.
printf 'fn f() {\n    a - b * c;\n}\n' >spans.rs
rustg --emit=ast-spans spans.rs -o spans.txt
check "--emit=ast-spans: exit 0" rc_is 0
check "--emit=ast-spans: \`a - b * c\` covers bytes 13..22, \`b * c\` 17..22, \`a\` is a name" \
  bash -c "grep -qx '          Sub 13 22' spans.txt && grep -qx '            Mul 17 22' spans.txt &&
    grep -qx '            Name 13 14' spans.txt && grep -qx '              a' spans.txt"
rustg --emit=ast spans.rs -o plain.txt
check "--emit=ast: the same lines without ranges" \
  bash -c "[ \"\$(sed 's/ [0-9]* [0-9]*\$//' spans.txt)\" = \"\$(cat plain.txt)\" ]"

if [ "$failures" -ne 0 ]; then
  echo "FAIL cli: $failures check(s) failed"
  exit 1
fi
echo "PASS cli"
exit 0
