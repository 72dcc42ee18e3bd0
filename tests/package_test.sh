#!/usr/bin/env bash
# The .deb: cpack builds it from the build tree, its control fields name
# the dependencies, `dpkg -x` unpacks it into an empty folder, and the
# unpacked rustg-vk alone compiles and runs examples/hello.rs, from another
# folder, without opening a file of the build or source tree (checked with
# strace when it works: the shaders and the runtime are embedded).
#
#   package_test.sh BUILD_DIR SOURCE_DIR
#
# Exits 77 (ctest's SKIP_RETURN_CODE) without dpkg or cpack.
set -uo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BUILD_DIR SOURCE_DIR" >&2
  exit 2
fi
BUILD=$(cd "$1" && pwd -P) || exit 2
SOURCE=$(cd "$2" && pwd -P) || exit 2
CPACK=${RUSTG_TEST_CPACK:-cpack}
for tool in dpkg dpkg-deb "$CPACK"; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP package: $tool is not installed"
    exit 77
  fi
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/rustg-package.XXXXXX") || exit 2
trap 'rm -rf "$WORK"' EXIT
LVP_ICD=/usr/share/vulkan/icd.d/lvp_icd.x86_64.json
if [ -z "${VK_DRIVER_FILES:-}" ] && [ -z "${VK_ICD_FILENAMES:-}" ] && [ -f "$LVP_ICD" ]; then
  export VK_DRIVER_FILES=$LVP_ICD
fi
TIMEOUT=${RUSTG_TEST_COMPILE_TIMEOUT:-300}

. "$(dirname "$0")/check_lib.sh"

# ---------------------------------------------------------------- build it
t0=$(date +%s.%N)
rc=0
"$CPACK" --config "$BUILD/CPackConfig.cmake" -B "$WORK/pkg" >"$WORK/cpack.log" 2>&1 || rc=$?
t1=$(date +%s.%N)
DEB=$(ls "$WORK"/pkg/rustg-vk_*_*.deb 2>/dev/null | head -1)
check "cpack: exit 0, rustg-vk_VERSION_ARCH.deb" bash -c "[ $rc -eq 0 ] && [ -s '$DEB' ]"
[ "$rc" -eq 0 ] && [ -n "$DEB" ] || { show "cpack" "$WORK/cpack.log"; echo "FAIL package: no .deb"; exit 1; }
echo "note cpack took $(awk "BEGIN { printf \"%.1f\", $t1 - $t0 }") s"

field() { dpkg-deb -f "$DEB" "$1"; }
check "control: Package rustg-vk" [ "$(field Package)" = rustg-vk ]
check "control: a Version" bash -c "[ -n \"\$(dpkg-deb -f '$DEB' Version)\" ]"
check "control: a Maintainer" bash -c "dpkg-deb -f '$DEB' Maintainer | grep -q '<.*@.*>'"
check "control: a Description with a paragraph" bash -c "[ \$(dpkg-deb -f '$DEB' Description | wc -l) -ge 3 ]"
depends=$(field Depends)
for dep in 'libvulkan1' 'mesa-vulkan-drivers | vulkan-icd' 'binutils' 'libc6'; do
  check "control: Depends has '$dep'" bash -c "printf '%s' \"\$1\" | grep -qF -- \"\$2\"" _ "$depends" "$dep"
done

# ---------------------------------------------------------------- unpack it
ROOT=$WORK/root
mkdir "$ROOT"
check "dpkg -x: unpacks" dpkg -x "$DEB" "$ROOT"
EXE=$ROOT/usr/bin/rustg-vk
check "usr/bin/rustg-vk" test -x "$EXE"
check "usr/share/man/man1/rustg-vk.1.gz, a man page" \
  bash -c "gzip -dc '$ROOT/usr/share/man/man1/rustg-vk.1.gz' | grep -q '^\.TH RUSTG-VK 1'"
check "usr/share/doc/rustg-vk/README.md" test -s "$ROOT/usr/share/doc/rustg-vk/README.md"
check "usr/lib/rustg-vk/bin/rustc, a link to usr/bin/rustg-vk (for sccache)" \
  bash -c "[ -L '$ROOT/usr/lib/rustg-vk/bin/rustc' ] && [ \"\$(readlink -f '$ROOT/usr/lib/rustg-vk/bin/rustc')\" = \"\$(readlink -f '$EXE')\" ]"
# The SPIR-V is in the binary (its magic word, little-endian), and no path
# to a shader of the build or source tree is.
check "the binary embeds SPIR-V" bash -c "LC_ALL=C grep -qaP '\x03\x02\x23\x07' '$EXE'"
check "the binary names no shader file of the build or source tree" \
  bash -c "! LC_ALL=C grep -qaF -e '$BUILD/spv' -e '$SOURCE/shaders' -e '.spv' '$EXE'"
"$EXE" --print=sysroot >"$WORK/sysroot.txt" 2>&1
check "--print=sysroot: the unpacked usr" [ "$(cat "$WORK/sysroot.txt")" = "$(cd "$ROOT/usr" && pwd -P)" ]

# ---------------------------------------------------------------- use it
mkdir "$WORK/elsewhere"
cp "$SOURCE/examples/hello.rs" "$WORK/elsewhere/"
cd "$WORK/elsewhere" || exit 2
TRACE=
if command -v strace >/dev/null 2>&1 && strace -f -o /dev/null true 2>/dev/null; then
  TRACE="strace -f -e trace=open,openat,execve -o $WORK/trace.txt"
fi
rc=0
timeout -k 10 "$TIMEOUT" $TRACE "$EXE" hello.rs -o hello >"$WORK/out.txt" 2>"$WORK/err.txt" || rc=$?
check "the unpacked rustg-vk compiles examples/hello.rs: exit 0" [ "$rc" -eq 0 ]
[ "$rc" -eq 0 ] || show "stderr" "$WORK/err.txt"
got=$(timeout -k 5 60 ./hello 2>&1)
want=$(sed -n 's/^ *println!("\(.*\)");$/\1/p' hello.rs)
check "hello runs: '$want'" [ "$got" = "$want" ]
if [ -n "$TRACE" ]; then
  # opens that succeeded, of files under the build or source tree
  grep -E 'open(at)?\(' "$WORK/trace.txt" | grep -v ' = -1 ' | grep -F -e "\"$BUILD/" -e "\"$SOURCE/" >"$WORK/tree-opens.txt"
  check "strace: no file of the build or source tree opened" test ! -s "$WORK/tree-opens.txt"
  [ -s "$WORK/tree-opens.txt" ] && show "opened" "$WORK/tree-opens.txt"
else
  echo "note strace unavailable: the file-access check is skipped"
fi

if [ "$failures" -ne 0 ]; then
  echo "FAIL package: $failures check(s) failed"
  exit 1
fi
echo "PASS package"
exit 0
