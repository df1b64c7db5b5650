#!/usr/bin/env bash
# Installs the Debian 12 packages cair builds and tests with, when missing.
# Safe to run repeatedly: it only calls apt-get when something is absent.
set -euo pipefail
pkgs=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libssl-dev openssl libsqlite3-dev libarchive-dev libpq-dev postgresql python3 libpsl-dev publicsuffix libicu-dev libidn2-dev
  nlohmann-json3-dev libcli11-dev libfmt-dev libtomlplusplus-dev
  libgtest-dev libbenchmark-dev
  clang-14 libclang-rt-14-dev
)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "cair: installing Debian packages: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
