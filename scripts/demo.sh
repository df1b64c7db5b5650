#!/usr/bin/env bash
# README command 1: set up, build, and run cair's main job on the bundled
# sample data: lint every sample object and print the findings.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
echo
echo "== cair lint --summary samples/* =="
./build/cair lint --summary samples/*
