#!/usr/bin/env bash
# Installs the Debian packages Colossus builds and tests with, only those that are missing, then
# checks that every program the build, the tests and the scripts call is on the PATH. Called by
# `make run`, `make test` and .ci/run (which adds --fuzz); safe to run again. Needs root (or sudo) on a fresh
# machine. A program a test calls must be listed here (in `packages` and in `programs`): CI fails
# when one is missing rather than letting its test be skipped.
set -euo pipefail
# Build: compiler, CMake, the libraries. Tests: the transcript tool is C++ (no python3); bash,
# diffutils, gawk/mawk, sed, grep and coreutils (timeout, realpath, mktemp) are in every Debian;
# chromium opens the HTML reports headless (tests/browser/report_browser.sh). libsqlite3-dev keeps
# sweeps (docs/plan.md); sqlite3 counts the committed points in tests/scenarios/sweep_resume.sh;
# OpenMPI (optional for the build, installed so that tests/mpi/sweep_mpi.sh runs) spreads sweeps.
packages=(g++ cmake make pkg-config libyaml-cpp-dev nlohmann-json3-dev libcli11-dev libfmt-dev
  libgtest-dev libgmock-dev libbenchmark-dev chromium libsqlite3-dev sqlite3 libopenmpi-dev
  openmpi-bin)
# Every program a Makefile target, a test under tests/ or a script under scripts/ runs.
programs=(bash g++ cmake make diff awk sed grep timeout realpath mktemp chromium sqlite3 mpirun)
# With --fuzz (CI, fuzz/run.sh): clang 14 with libFuzzer and its sanitizer runtimes, and ninja.
if [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang libclang-rt-14-dev ninja-build)
  programs+=(clang++ ninja)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

absent=()
for p in "${programs[@]}"; do
  command -v "$p" >/dev/null 2>&1 || absent+=("$p")
done
if [ ${#absent[@]} -gt 0 ]; then
  echo "install-deps: missing programs the build or tests need: ${absent[*]}" >&2
  exit 1
fi
