#!/usr/bin/env bash
# Build the shape oracle offline into OUTDIR and print the binary's path on
# the last line of stdout.
#
#   tools/shape-oracle/build.sh OUTDIR
#
# Uses Debian's toolchain (/usr/bin/cargo, /usr/bin/rustc) and the crate
# sources Debian packages under /usr/share/cargo/registry (librust-syn-dev and
# its dependencies; tools/install-corpus-deps.sh installs them). The sources are
# copied to OUTDIR/proj first, so that Cargo.lock and target/ never land in the
# source tree; OUTDIR/proj/.cargo/config.toml points crates-io at the Debian
# registry. Re-running reuses OUTDIR's build.
set -euo pipefail

if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: $0 OUTDIR" >&2
  exit 2
fi
SRC=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$1"
OUT=$(cd "$1" && pwd)

CARGO=/usr/bin/cargo
if [ ! -x $CARGO ] || [ ! -x /usr/bin/rustc ] || ! ls -d /usr/share/cargo/registry/syn-1.* >/dev/null 2>&1; then
  echo "shape-oracle/build.sh: Debian's cargo/rustc/librust-syn-dev are missing: run tools/install-corpus-deps.sh" >&2
  exit 1
fi

mkdir -p "$OUT/proj"
rm -rf "$OUT/proj/src" "$OUT/proj/.cargo"
cp -r "$SRC/Cargo.toml" "$SRC/src" "$SRC/.cargo" "$OUT/proj/"
(
  cd "$OUT/proj"
  CARGO_HOME=$OUT/cargo-home CARGO_TARGET_DIR=$OUT/target RUSTC=/usr/bin/rustc \
    $CARGO build --offline --release --quiet
) >&2 || { echo "shape-oracle/build.sh: building tools/shape-oracle failed" >&2; exit 1; }
echo "$OUT/target/release/shape-oracle"
