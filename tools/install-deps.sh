#!/usr/bin/env bash
# Install the Debian packages needed to build and test rustg-vk.
# Idempotent: exits 0 quietly when everything is already installed.
set -euo pipefail

PACKAGES=(
  cmake
  gcc
  libc6-dev
  make
  binutils
  pkg-config
  libvulkan-dev
  libvulkan-volk-dev
  glslc
  spirv-tools
  mesa-vulkan-drivers
  vulkan-validationlayers
  vulkan-tools
  python3
  # tests/cargo_test.sh: cargo drives rustg-vk (Debian's cargo pulls in its
  # rustc, which no test runs), through sccache too
  cargo
  sccache
  # tests/package_test.sh: the .deb's libc6 dependency, and its file check
  dpkg-dev
  strace
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  if [ "$status" != "installed" ]; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
else
  echo "install-deps: missing Debian packages: ${missing[*]}" >&2
  echo "Install them with:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
