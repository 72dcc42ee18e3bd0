#!/usr/bin/env bash
# unsupported_test.sh RUSTG_VK FILE.rs: valid Rust outside the supported
# subset must be refused with a located "does not support" error, exit 1 and
# no output file, never compiled into something that behaves differently.
set -u
bin=$1 src=$2
dir=$(dirname "$src") name=$(basename "$src" .rs)
export VK_DRIVER_FILES=${VK_DRIVER_FILES:-/usr/share/vulkan/icd.d/lvp_icd.x86_64.json}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$dir" && "$bin" "$name.rs" -o "$work/out") > "$work/stdout" 2> "$work/stderr"
rc=$?
if [ $rc -ne 1 ] || [ -e "$work/out" ] || ! grep -q "does not support" "$work/stderr" ||
   ! grep -q -- "--> $name.rs:[0-9]*:[0-9]*" "$work/stderr"; then
    echo "expected a located 'does not support' error, exit 1 and no output (exit $rc):"
    cat "$work/stderr"
    exit 1
fi
