#!/usr/bin/env bash
# Install the Debian packages behind `make corpus` (tools/corpus.sh): the lexer
# comparison against proc-macro2 over real Rust sources. The project's own
# build and tests never need any of these.
#
#   rust-src                 Rust's own source tree, /usr/src/rustc-*/ (~22,000 .rs)
#   cargo, rustc             Debian's toolchain (/usr/bin/cargo, /usr/bin/rustc),
#                            build tools/lex-oracle and tools/shape-oracle offline
#   librust-proc-macro2-dev  the oracle's tokenizer, under /usr/share/cargo/registry
#   librust-syn-dev          tools/shape-oracle's parser (syn 1, with its
#                            dependencies librust-quote-dev, librust-unicode-ident-dev)
#   librust-*-dev (optional) more crates' sources for the corpus
#
# Idempotent: exits 0 quietly when everything is already installed. As root it
# installs with apt-get; otherwise it prints the apt-get line and exits 1.
set -euo pipefail

REQUIRED=(
  rust-src
  cargo
  rustc
  librust-proc-macro2-dev
  librust-syn-dev
  librust-quote-dev
  librust-unicode-ident-dev
)

# Extra corpus only: installed if they install cleanly, skipped otherwise.
OPTIONAL=(
  librust-serde-dev
  librust-serde-derive-dev
  librust-serde-json-dev
  librust-regex-dev
  librust-regex-syntax-dev
  librust-rand-dev
  librust-libc-dev
  librust-memchr-dev
  librust-itertools-dev
  librust-nom-dev
  librust-clap-dev
  librust-log-dev
  librust-bitflags-dev
  librust-hashbrown-dev
  librust-smallvec-dev
  librust-bytes-dev
  librust-futures-dev
  librust-tokio-dev
  librust-rayon-dev
  librust-crossbeam-dev
  librust-num-traits-dev
  librust-chrono-dev
  librust-anyhow-dev
  librust-thiserror-dev
)

is_installed() {
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" = "installed" ]
}

# A package that apt doesn't know (older/newer Debian) is not an error.
is_known() {
  apt-cache show "$1" >/dev/null 2>&1
}

missing=()
for pkg in "${REQUIRED[@]}"; do
  is_installed "$pkg" || missing+=("$pkg")
done
missing_opt=()
for pkg in "${OPTIONAL[@]}"; do
  is_installed "$pkg" || missing_opt+=("$pkg")
done

# Optional packages already tried and failed are remembered so that a re-run
# stays quiet and offline.
STAMP_DIR=${XDG_CACHE_HOME:-$HOME/.cache}/rustg-vk
SKIP_FILE=$STAMP_DIR/corpus-deps-skipped
if [ -f "$SKIP_FILE" ]; then
  kept=()
  for pkg in "${missing_opt[@]}"; do
    grep -qxF "$pkg" "$SKIP_FILE" || kept+=("$pkg")
  done
  missing_opt=("${kept[@]+"${kept[@]}"}")
fi

if [ ${#missing[@]} -eq 0 ] && [ ${#missing_opt[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  if [ ${#missing[@]} -eq 0 ]; then
    # Only optional corpus is missing: not worth failing for.
    echo "install-corpus-deps: optional corpus packages not installed: ${missing_opt[*]}" >&2
    exit 0
  fi
  echo "install-corpus-deps: missing Debian packages: ${missing[*]}" >&2
  echo "Install them with:" >&2
  echo "  sudo apt-get install ${missing[*]}${missing_opt[*]:+ ${missing_opt[*]}}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-corpus-deps: installing ${missing[*]}" >&2
  apt-get install -y --no-install-recommends "${missing[@]}"
fi
if [ ${#missing_opt[@]} -gt 0 ]; then
  echo "install-corpus-deps: installing optional corpus ${missing_opt[*]}" >&2
  if ! apt-get install -y --no-install-recommends "${missing_opt[@]}"; then
    # One bad package fails the whole transaction: retry them one by one.
    mkdir -p "$STAMP_DIR"
    for pkg in "${missing_opt[@]}"; do
      if ! is_known "$pkg" || ! apt-get install -y --no-install-recommends "$pkg"; then
        echo "install-corpus-deps: skipping optional $pkg" >&2
        echo "$pkg" >>"$SKIP_FILE"
      fi
    done
  fi
fi
