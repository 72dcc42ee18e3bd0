#!/usr/bin/env bash
# The lexer's proof harness: rustg-vk's tokens against proc-macro2's, file by
# file, token by token, over every .rs file of Debian's rust-src
# (/usr/src/rustc-*/) and packaged crates (/usr/share/cargo/registry/).
#
#   tools/corpus.sh [OPTIONS] [DIR|FILE...]
#
#   --limit N       a deterministic sample of N files spread over the corpus
#   --only DIR      only .rs files under DIR (repeatable; so do DIR/FILE args)
#   --rejects       list the files proc-macro2 rejects and what rustg-vk does
#                   with them (its error codes); report: build/corpus-rejects.txt
#   --jobs N        parallel rustg-vk/oracle batches (default: nproc)
#   --batch N       files per rustg-vk invocation (default 500)
#   --file-timeout S  seconds one file may take before it counts as a hang (60)
#   --examples N    examples per category in the summary (default 3)
#   --rustg PATH    the rustg-vk binary (default build/rustg-vk; it is copied
#                   first, so a rebuild during the run doesn't disturb it)
#   --report PATH   full report (default build/corpus-report.txt)
#
# Needs tools/install-corpus-deps.sh (Debian's rust-src, cargo, rustc,
# librust-proc-macro2-dev) and a built rustg-vk (make build). The oracle,
# tools/lex-oracle, is built offline with Debian's cargo against Debian's crate
# sources, into build/lex-oracle/ (the rustup toolchain in ~/.cargo/bin, if
# any, is not used). See tools/lex-oracle/src/main.rs for the token format and
# tools/lex-oracle/corpus.py for how rustg-vk's dump is normalised.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUSTG=$ROOT/build/rustg-vk
REPORT=
REJECTS=0
PASS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rustg) RUSTG=$2; shift 2 ;;
    --rustg=*) RUSTG=${1#*=}; shift ;;
    --report) REPORT=$2; shift 2 ;;
    --report=*) REPORT=${1#*=}; shift ;;
    --rejects) REJECTS=1; PASS+=(--rejects); shift ;;
    --limit|--only|--jobs|--batch|--file-timeout|--examples) PASS+=("$1" "$2"); shift 2 ;;
    --limit=*|--only=*|--jobs=*|--batch=*|--file-timeout=*|--examples=*) PASS+=("$1"); shift ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --) shift; PASS+=("$@"); break ;;
    -*) echo "corpus.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) PASS+=("$1"); shift ;;
  esac
done
if [ -z "$REPORT" ]; then
  if [ $REJECTS = 1 ]; then REPORT=$ROOT/build/corpus-rejects.txt; else REPORT=$ROOT/build/corpus-report.txt; fi
fi

CARGO=/usr/bin/cargo
if [ ! -x $CARGO ] || [ ! -x /usr/bin/rustc ] || ! ls -d /usr/share/cargo/registry/proc-macro2-* >/dev/null 2>&1; then
  echo "corpus.sh: Debian's cargo/rustc/librust-proc-macro2-dev are missing: run tools/install-corpus-deps.sh" >&2
  exit 1
fi
if [ ! -x "$RUSTG" ]; then
  echo "corpus.sh: no rustg-vk at $RUSTG: run make build (or pass --rustg)" >&2
  exit 1
fi
command -v python3 >/dev/null || { echo "corpus.sh: python3 is needed" >&2; exit 1; }

# Build the oracle from a copy under build/, so that cargo's Cargo.lock and
# target/ never land in the source tree. .cargo/config.toml in the copy points
# crates-io at /usr/share/cargo/registry.
OUT=$ROOT/build/lex-oracle
mkdir -p "$OUT/proj"
rm -rf "$OUT/proj/src" "$OUT/proj/.cargo"
cp -r "$ROOT/tools/lex-oracle/Cargo.toml" "$ROOT/tools/lex-oracle/src" "$ROOT/tools/lex-oracle/.cargo" "$OUT/proj/"
(
  cd "$OUT/proj"
  CARGO_HOME=$OUT/cargo-home CARGO_TARGET_DIR=$OUT/target RUSTC=/usr/bin/rustc \
    $CARGO build --offline --release --quiet
) || { echo "corpus.sh: building tools/lex-oracle failed" >&2; exit 1; }
ORACLE=$OUT/target/release/lex-oracle

WORK=$ROOT/build/corpus
mkdir -p "$WORK"
cp "$RUSTG" "$WORK/rustg-vk.snapshot"
LABEL=$RUSTG
if [ "$(cd "$(dirname "$RUSTG")" && pwd)" = "$ROOT/build" ] && rev=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null); then
  git -C "$ROOT" diff --quiet HEAD -- src shaders 2>/dev/null || rev="$rev + uncommitted changes"
  LABEL="$RUSTG (built from $rev, $(date -r "$RUSTG" '+%F %T'))"
fi

exec python3 "$ROOT/tools/lex-oracle/corpus.py" --rustg "$WORK/rustg-vk.snapshot" --oracle "$ORACLE" \
  --label "$LABEL" --report "$REPORT" --workdir "$WORK" "${PASS[@]+"${PASS[@]}"}"
