#!/usr/bin/env bash
# Installs the Debian 12 packages cair builds and tests with, when missing.
# Safe to run repeatedly: it only calls apt-get when something is absent.
set -euo pipefail
pkgs=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libssl-dev openssl libsqlite3-dev libarchive-dev libpq-dev postgresql python3 libpsl-dev publicsuffix libicu-dev libidn2-dev
  nlohmann-json3-dev libcli11-dev libfmt-dev libtomlplusplus-dev libcpp-httplib-dev
  libcurl4-openssl-dev
  libgtest-dev libbenchmark-dev
  libgmp-dev
  libunistring-dev
  postgresql-server-dev-15 python3-dev pybind11-dev python3-distributed
  clang-14 libclang-rt-14-dev
  chromium
  libboost-dev
  python3-dateutil python3-iso3166
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
# Node.js and npm for the browser test: Debian's, unless a Node.js with npm is
# already there (a nodesource nodejs bundles npm and conflicts with Debian's).
if ! command -v npm >/dev/null 2>&1; then
  echo "cair: installing Debian packages: nodejs npm" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null ||
    echo "cair: nodejs/npm could not be installed: the browser test will skip" >&2
fi
# playwright-core (pinned in tests/browser/package-lock.json) drives Debian's
# chromium in the dashboard's browser test; it is kept outside the work tree.
# Without Node.js/npm the browser test skips with a message.
if command -v npm >/dev/null 2>&1; then
  root=$(cd "$(dirname "$0")/.." && pwd)
  pw="${CAIR_PLAYWRIGHT_DIR:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/cair-browser}"
  if [ ! -d "$pw/node_modules/playwright-core" ] || ! cmp -s "$root/tests/browser/package-lock.json" "$pw/package-lock.json"; then
    mkdir -p "$pw"
    cp "$root/tests/browser/package.json" "$root/tests/browser/package-lock.json" "$pw/"
    (cd "$pw" && npm ci --no-audit --no-fund --silent) ||
      echo "cair: playwright-core could not be installed: the browser test will skip" >&2
  fi
fi
