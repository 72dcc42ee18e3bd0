#!/usr/bin/env bash
# lex_test.sh RUSTG_VK FILE.rs: the token dump of FILE.rs must equal FILE.tokens.
# Dumps are reviewed by hand and against proc-macro2 (make corpus), then committed.
set -u
bin=$1 src=$2
dir=$(dirname "$src") name=$(basename "$src" .rs)
export VK_DRIVER_FILES=${VK_DRIVER_FILES:-/usr/share/vulkan/icd.d/lvp_icd.x86_64.json}
out=$(cd "$dir" && "$bin" --emit=tokens "$name.rs" 2>&1) || { echo "rustg-vk failed:"; echo "$out"; exit 1; }
if ! diff -u "$dir/$name.tokens" <(printf '%s\n' "$out"); then
    echo "token dump of $name.rs differs from $name.tokens"
    exit 1
fi
