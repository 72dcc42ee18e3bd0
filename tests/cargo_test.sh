#!/usr/bin/env bash
# cargo drives rustg-vk: `RUSTC=rustg-vk cargo build|run|check|build
# --release` on a binary crate without dependencies, with Debian's cargo
# (0.66; /usr/bin/cargo, not rustup's): it builds, runs, stays fresh when
# nothing changed, rebuilds after an edit, shows compile errors; and
# RUSTC_WRAPPER=sccache takes it as a Rust compiler.
#
#   cargo_test.sh RUSTG_VK_BINARY
#
# Exits 77 (ctest's SKIP_RETURN_CODE) when /usr/bin/cargo is missing
# (tools/install-deps.sh installs it). CARGO_HOME is a temporary folder and
# cargo runs --offline: nothing is downloaded. Environment as for
# run_test.sh (lavapipe by default, the validation layer when installed).
set -uo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 RUSTG_VK_BINARY" >&2
  exit 2
fi
BIN=$1
case "$BIN" in /*) ;; *) BIN=$PWD/$BIN ;; esac
if [ ! -x "$BIN" ]; then
  echo "cargo_test: compiler $BIN is not an executable" >&2
  exit 2
fi
CARGO=${RUSTG_TEST_CARGO:-/usr/bin/cargo}
if [ ! -x "$CARGO" ]; then
  echo "SKIP cargo: $CARGO is not installed (Debian package cargo; tools/install-deps.sh installs it)"
  exit 77
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/rustg-cargo.XXXXXX") || exit 2
SCCACHE_STARTED=
cleanup() {
  [ -n "$SCCACHE_STARTED" ] && sccache --stop-server >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT

LVP_ICD=/usr/share/vulkan/icd.d/lvp_icd.x86_64.json
if [ -z "${VK_DRIVER_FILES:-}" ] && [ -z "${VK_ICD_FILENAMES:-}" ] && [ -f "$LVP_ICD" ]; then
  export VK_DRIVER_FILES=$LVP_ICD
fi
if [ -f /usr/share/vulkan/explicit_layer.d/VkLayer_khronos_validation.json ]; then
  export RUSTG_VK_VALIDATE=1 # a validation message exits 3: the build fails
fi
# Only what this test sets reaches cargo.
unset RUSTC_WRAPPER RUSTC_WORKSPACE_WRAPPER RUSTFLAGS CARGO_ENCODED_RUSTFLAGS CARGO_BUILD_TARGET \
  CARGO_TARGET_DIR CARGO_BUILD_RUSTC CARGO_INCREMENTAL
export CARGO_HOME=$WORK/cargo-home
export RUSTC=$BIN
TIMEOUT=${RUSTG_TEST_COMPILE_TIMEOUT:-300}

. "$(dirname "$0")/check_lib.sh"
has() { grep -qF -- "$1" "$2"; }
lacks() { ! grep -qF -- "$1" "$2"; }

# cargo_do NAME ARGS...: runs cargo -v in the crate, output in NAME.log, status in $rc.
cargo_do() {
  local name=$1
  shift
  rc=0
  (cd "$WORK/crate" && timeout -k 10 "$TIMEOUT" "$CARGO" "$@" --offline -v) >"$WORK/$name.log" 2>&1 || rc=$?
  [ "$rc" -eq 0 ] || [ -n "${EXPECT_FAILURE:-}" ] || show "cargo $* (exit $rc)" "$WORK/$name.log"
}

mkdir -p "$WORK/crate/src"
cat >"$WORK/crate/Cargo.toml" <<'EOF'
[package]
name = "hello-cargo"
version = "0.1.0"
edition = "2021"
EOF
write_main() { # N: the program sums 1..=N
  cat >"$WORK/crate/src/main.rs" <<EOF
fn sum_to(n: u64) -> u64 {
    let mut s = 0;
    for i in 1..=n {
        s += i;
    }
    s
}

fn main() {
    println!("PROGRAM:sum_to($1) = {}", sum_to($1));
}
EOF
}
write_main 10
EXE=$WORK/crate/target/debug/hello-cargo

# ---------------------------------------------------------------- build, run
cargo_do build build
check "cargo build: exit 0" [ "$rc" -eq 0 ]
check "cargo build: compiled with rustg-vk" has "Running \`$BIN --crate-name hello_cargo" "$WORK/build.log"
check "cargo build: target/debug/hello-cargo runs" bash -c "[ \"\$('$EXE')\" = 'PROGRAM:sum_to(10) = 55' ]"

stamp=$(stat -c %Y.%s "$EXE" 2>/dev/null)
cargo_do build2 build
check "second cargo build: exit 0" [ "$rc" -eq 0 ]
check "second cargo build: Fresh, nothing compiled" \
  bash -c "grep -qF 'Fresh hello-cargo' '$WORK/build2.log' && ! grep -qF 'Running \`' '$WORK/build2.log'"
check "second cargo build: executable untouched" [ "$(stat -c %Y.%s "$EXE" 2>/dev/null)" = "$stamp" ]

cargo_do run run
check "cargo run: exit 0, the program's output, no recompile" \
  bash -c "[ $rc -eq 0 ] && [ \"\$(sed -n '/^PROGRAM:/p' '$WORK/run.log')\" = 'PROGRAM:sum_to(10) = 55' ] && \
    ! grep -qF 'Compiling hello-cargo' '$WORK/run.log'"

# cargo compares the sources named in dep-info with the time of the last
# build: wait out coarse file-system clocks before the edit.
sleep 1
write_main 100
cargo_do run2 run
check "cargo run after an edit: recompiled" has "Compiling hello-cargo" "$WORK/run2.log"
check "cargo run after an edit: the new output" bash -c "[ \"\$(sed -n '/^PROGRAM:/p' '$WORK/run2.log')\" = 'PROGRAM:sum_to(100) = 5050' ]"

# ---------------------------------------------------------------- release, check
# rustc's release profile drops overflow checks (its programs wrap), so
# rustg-vk refuses it until the crate keeps them.
EXPECT_FAILURE=1 cargo_do release_refused build --release
check "cargo build --release without overflow checks: refused" \
  bash -c "[ $rc -ne 0 ] && grep -qF 'does not support building without overflow checks' '$WORK/release_refused.log'"
printf '\n[profile.release]\noverflow-checks = true\n' >> "$WORK/crate/Cargo.toml"
cargo_do release build --release
check "cargo build --release: exit 0, -C opt-level=3" bash -c "[ $rc -eq 0 ] && grep -qF -- '-C opt-level=3' '$WORK/release.log'"
check "cargo build --release: target/release/hello-cargo runs" \
  bash -c "[ \"\$('$WORK/crate/target/release/hello-cargo')\" = 'PROGRAM:sum_to(100) = 5050' ]"

cargo_do check check
check "cargo check: exit 0, --emit=dep-info,metadata" \
  bash -c "[ $rc -eq 0 ] && grep -qF -- '--emit=dep-info,metadata' '$WORK/check.log'"
check "cargo check: target/debug/deps/libhello_cargo-*.rmeta" \
  bash -c "ls '$WORK'/crate/target/debug/deps/libhello_cargo-*.rmeta >/dev/null 2>&1"
cargo_do check2 check
check "second cargo check: Fresh" has "Fresh hello-cargo" "$WORK/check2.log"

# ---------------------------------------------------------------- a compile error
sleep 1
cat >"$WORK/crate/src/main.rs" <<'EOF'
fn main() {
    let x: u32 = true;
    println!("{}", x);
}
EOF
EXPECT_FAILURE=1 cargo_do bad build
check "cargo build of a type error: fails" [ "$rc" -ne 0 ]
check "cargo build of a type error: rustc's E0308 shown" has "error[E0308]: mismatched types" "$WORK/bad.log"
check "cargo build of a type error: located in src/main.rs" has "src/main.rs:2:18" "$WORK/bad.log"
check "cargo build of a type error: 'could not compile'" has "could not compile \`hello-cargo\`" "$WORK/bad.log"
[ "$rc" -ne 0 ] && has "error[E0308]" "$WORK/bad.log" || show "cargo build of a type error" "$WORK/bad.log"

# ---------------------------------------------------------------- sccache
# sccache takes a compiler for rustc only if its file is named rustc and
# its -vV says "rustc ...", and hashes the .so files of `--print=sysroot`/lib:
# a link named rustc in an installed-like tree, as the package has.
# sccache caches only rlib and staticlib crates (never --crate-type bin, for
# rustc as for rustg-vk; see README): it must pass the compiles through and
# count them as non-cacheable for their crate type, not fail them.
if command -v sccache >/dev/null 2>&1; then
  write_main 7
  mkdir -p "$WORK/prefix/bin" "$WORK/prefix/lib/rustg-vk/bin"
  cp "$BIN" "$WORK/prefix/bin/rustg-vk"
  ln -s ../../../bin/rustg-vk "$WORK/prefix/lib/rustg-vk/bin/rustc"
  export SCCACHE_DIR=$WORK/sccache-dir
  export SCCACHE_SERVER_PORT=$((20000 + $$ % 20000)) # a server of its own, not the user's
  export SCCACHE_IDLE_TIMEOUT=120
  SCCACHE_STARTED=1
  sccache --start-server >"$WORK/sccache-start.log" 2>&1
  (
    export RUSTC=$WORK/prefix/lib/rustg-vk/bin/rustc RUSTC_WRAPPER=sccache
    cargo_do sccache1 build --release
    echo "$rc" >"$WORK/sccache1.rc"
    (cd "$WORK/crate" && "$CARGO" clean --offline)
    cargo_do sccache2 build --release
    echo "$rc" >"$WORK/sccache2.rc"
  )
  sccache --show-stats >"$WORK/stats.txt" 2>&1
  check "sccache: cargo build --release through it: exit 0" [ "$(cat "$WORK/sccache1.rc")" = 0 ]
  check "sccache: again after cargo clean: exit 0" [ "$(cat "$WORK/sccache2.rc")" = 0 ]
  check "sccache: the executable runs" \
    bash -c "[ \"\$('$WORK/crate/target/release/hello-cargo')\" = 'PROGRAM:sum_to(7) = 28' ]"
  check "sccache: rustg-vk taken as a Rust compiler (no unsupported compiler calls)" \
    grep -qE '^Unsupported compiler calls +0$' "$WORK/stats.txt"
  check "sccache: the bin compiles non-cacheable for their crate type, as rustc's" \
    grep -qE '^crate-type +[1-9]' "$WORK/stats.txt"
  grep -qE '^crate-type +[1-9]' "$WORK/stats.txt" || show "sccache --show-stats" "$WORK/stats.txt"
  echo "note sccache: cache hits $(sed -n 's/^Cache hits *//p' "$WORK/stats.txt") (sccache caches no bin crate)"
else
  echo "note sccache: not installed, its checks skipped"
fi

if [ "$failures" -ne 0 ]; then
  echo "FAIL cargo: $failures check(s) failed"
  exit 1
fi
echo "PASS cargo"
exit 0
